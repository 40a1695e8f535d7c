package io.aggregator.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.faq.FaqId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaqCursorTest {

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorReadsBackFromItsTextWhichIsSafeInAUrl() {
        FaqCursor cursor = new FaqCursor(1000, FaqId.newId());

        assertThat(FaqCursor.parse(cursor.text())).isEqualTo(cursor);
        assertThat(cursor.text()).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a cursor!", "NToxMjM", "%%%", "bm8tY29sb24"})
    void textThatIsNoCursorIsRefusedNamingTheCursor(String text) {
        assertThatThrownBy(() -> FaqCursor.parse(text)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("cursor"));
    }

    @Test
    void aWellEncodedButWrongPositionIsRefusedToo() {
        String id = FaqId.newId().toString();

        for (String position : new String[] {"x:" + id, "1:" + id + ":2", "1:not-a-uuid", ":" + id, "1"}) {
            assertThatThrownBy(() -> FaqCursor.parse(base64Url(position))).as(position)
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("cursor: ");
        }
    }
}
