package io.aggregator.application.port.out;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in the FAQ list, which is ordered by priority, highest first, then by id, oldest
 * first. Clients get it as opaque text and pass it back unread: base64url of "priority:id".
 */
public record FaqCursor(int priority, FaqId id) {
    private static final String FIELD = "cursor";

    public FaqCursor {
        Objects.requireNonNull(id, "id");
    }

    public static FaqCursor of(Faq faq) {
        return new FaqCursor(faq.priority(), faq.id());
    }

    /** @throws ValidationException naming {@code cursor} if the text is not a cursor this server gave out */
    public static FaqCursor parse(String text) {
        Require.present(FIELD, text);
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 2) {
                return new FaqCursor(Integer.parseInt(parts[0]), FaqId.parse(parts[1]));
            }
        } catch (IllegalArgumentException | ValidationException e) {
            // reported below, with every other shape that is not a cursor
        }
        throw ValidationException.of(FIELD, "is not a cursor of this list; pass next_cursor of the previous page "
                + "as it was given, or leave it out for the first page");
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((priority + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
