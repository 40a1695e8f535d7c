package io.aggregator.application.port.out;

import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat as the inbox lists it: with the customer messages no manager has read yet and a preview of
 * its last message, null while the chat has none.
 */
public record InboxRow(Chat chat, int unreadCount, Preview lastMessage) {
    public InboxRow {
        Objects.requireNonNull(chat, "chat");
    }

    /** The start of the last message: enough to recognise it in a list, not the whole text. */
    public record Preview(Author author, String text, Instant createdAt) {
        /** In characters (code points), as PostgreSQL's {@code left} counts them. */
        public static final int MAX_TEXT_LENGTH = 200;

        public Preview {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(createdAt, "createdAt");
            text = shortened(text);
        }

        private static String shortened(String text) {
            if (text == null) {
                return "";
            }
            // by code points, so that an emoji at the edge is kept or dropped whole, never halved
            return text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH ? text
                    : text.substring(0, text.offsetByCodePoints(0, MAX_TEXT_LENGTH));
        }
    }
}
