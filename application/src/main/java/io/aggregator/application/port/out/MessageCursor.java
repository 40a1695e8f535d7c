package io.aggregator.application.port.out;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in a chat's history: messages are ordered by the time they were stored, then by id.
 * Clients get it as opaque text: base64url of "created_at id".
 */
public record MessageCursor(Instant createdAt, MessageId id) {
    public MessageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static MessageCursor of(Message message) {
        return new MessageCursor(message.createdAt(), message.id());
    }

    /**
     * @param field the query parameter the text came in, named when it is wrong
     * @throws ValidationException naming {@code field} if the text is not a cursor this server gave out
     */
    public static MessageCursor parse(String field, String text) {
        Require.present(field, text);
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(" ", -1);
            if (parts.length == 2) {
                return new MessageCursor(Instant.parse(parts[0]), MessageId.parse(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException | ValidationException e) {
            // reported below, with every other shape that is not a cursor
        }
        throw ValidationException.of(field, "is not a position in this chat's history; pass a cursor of a "
                + "previous page as it was given");
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + " " + id).getBytes(StandardCharsets.UTF_8));
    }
}
