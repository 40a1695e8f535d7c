package io.aggregator.application.port.in;

/**
 * An answer came for a question the chat has left behind: a manager took the chat over, or a newer
 * customer message was answered first. Sending it now would confuse the customer.
 */
public final class ChatMovedOnException extends RuntimeException {
    public ChatMovedOnException(String message) {
        super(message);
    }
}
