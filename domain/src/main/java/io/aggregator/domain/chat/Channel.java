package io.aggregator.domain.chat;

import io.aggregator.domain.ValidationException;

/**
 * The messaging platform a chat runs on: {@code telegram}, {@code whatsapp}, {@code instagram},
 * {@code web}, or any other connector's name, written as a short lowercase code.
 */
public record Channel(String code) {
    public static final int MAX_LENGTH = 32;

    public Channel {
        if (code == null || code.isEmpty()) {
            throw ValidationException.of("channel", "is required");
        }
        if (code.length() > MAX_LENGTH || !code.matches("[a-z][a-z0-9_]*")) {
            throw ValidationException.of("channel", "must be a lowercase code of at most " + MAX_LENGTH
                    + " letters, digits and '_', starting with a letter (such as telegram or web); got '" + code + "'");
        }
    }

    public static Channel of(String code) {
        return new Channel(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
