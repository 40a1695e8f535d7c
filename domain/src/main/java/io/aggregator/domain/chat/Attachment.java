package io.aggregator.domain.chat;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;

/**
 * A file sent with a message, by reference: the channel's file id or a URL. The product stores the
 * reference, not the file.
 */
public record Attachment(String type, String name, String reference, Long sizeBytes) {
    public static final int MAX_TYPE_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_REFERENCE_LENGTH = 2_048;

    public Attachment {
        Require.text("attachment.type", type, MAX_TYPE_LENGTH);
        if (!type.matches("[a-z][a-z0-9_]*")) {
            throw ValidationException.of("attachment.type", "must be a lowercase code such as image, document or "
                    + "voice; got '" + type + "'");
        }
        Require.optionalText("attachment.name", name, MAX_NAME_LENGTH);
        Require.text("attachment.reference", reference, MAX_REFERENCE_LENGTH);
        if (sizeBytes != null && sizeBytes < 0) {
            throw ValidationException.of("attachment.size", "must not be negative, got " + sizeBytes);
        }
    }
}
