package io.aggregator.application.port.out;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in the inbox, which is ordered by last activity, newest first, then by id, newest first
 * (the index {@code chats_inbox}). Clients get it as opaque text: base64url of "last_message_at id".
 */
public record InboxCursor(Instant lastMessageAt, ChatId id) {
    private static final String FIELD = "cursor";

    public InboxCursor {
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        Objects.requireNonNull(id, "id");
    }

    public static InboxCursor of(Chat chat) {
        return new InboxCursor(chat.lastMessageAt(), chat.id());
    }

    /** @throws ValidationException naming {@code cursor} if the text is not a cursor this server gave out */
    public static InboxCursor parse(String text) {
        Require.present(FIELD, text);
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(" ", -1);
            if (parts.length == 2) {
                return new InboxCursor(Instant.parse(parts[0]), ChatId.parse(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException | ValidationException e) {
            // reported below, with every other shape that is not a cursor
        }
        throw ValidationException.of(FIELD, "is not a cursor of the inbox; pass next_cursor of the previous page "
                + "as it was given, or leave it out for the first page");
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((lastMessageAt + " " + id).getBytes(StandardCharsets.UTF_8));
    }
}
