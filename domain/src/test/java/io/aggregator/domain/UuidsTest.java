package io.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void timeOrderedUuidsAreVersion7WithTheRfcVariant() {
        UUID id = Uuids.timeOrdered();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void idsSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Uuids.timeOrdered());
        }
        // PostgreSQL orders uuid columns by their bytes, most significant first: compare the same way
        for (int i = 1; i < ids.size(); i++) {
            if (Long.compareUnsigned(ids.get(i).getMostSignificantBits(), ids.get(i - 1).getMostSignificantBits()) <= 0) {
                throw new AssertionError("id " + i + " does not sort after id " + (i - 1));
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
    }
}
