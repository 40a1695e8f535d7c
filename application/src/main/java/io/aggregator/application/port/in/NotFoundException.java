package io.aggregator.application.port.in;

/** No such thing for this caller: it does not exist, or it belongs to another tenant. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
