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
    void idsMadeInLaterMillisecondsSortAfterEarlierOnes() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Uuids.timeOrdered());
            Thread.sleep(2);
        }
        // PostgreSQL orders uuid columns by their bytes, most significant first: compare the same way
        for (int i = 1; i < ids.size(); i++) {
            assertThat(Long.compareUnsigned(ids.get(i).getMostSignificantBits(),
                    ids.get(i - 1).getMostSignificantBits())).isPositive();
        }
    }
}
