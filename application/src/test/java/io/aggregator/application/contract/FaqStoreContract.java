package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.Keywords;
import org.junit.jupiter.api.Test;

public abstract class FaqStoreContract extends StoreContract {

    @Test
    void listsAreOrderedByPriorityThenByAge() {
        Faq low = TestData.faq("Low", 1, true);
        Faq high = TestData.faq("High", 5, true);
        Faq inactive = TestData.faq("Inactive", 9, false);
        Faq lowLater = TestData.faq("Low later", 1, true);
        inA(() -> {
            ports.faqs().add(low);
            ports.faqs().add(high);
            ports.faqs().add(inactive);
            ports.faqs().add(lowLater);
            return null;
        });

        assertThat(inA(() -> ports.faqs().listAll())).containsExactly(inactive, high, low, lowLater);
        assertThat(inA(() -> ports.faqs().listActive())).containsExactly(high, low, lowLater);
    }

    @Test
    void anFaqCanBeUpdatedAndDeleted() {
        Faq faq = TestData.faq("Hours?", 1, true);
        inA(() -> {
            ports.faqs().add(faq);
            return null;
        });
        Faq edited = new Faq(faq.id(), "Opening hours?", "7am-9pm", Keywords.parse("hours, open"), 3, false);

        assertThat(inA(() -> ports.faqs().update(edited))).isTrue();
        assertThat(inA(() -> ports.faqs().findById(faq.id()))).contains(edited);
        assertThat(inA(() -> ports.faqs().delete(faq.id()))).isTrue();
        assertThat(inA(() -> ports.faqs().findById(faq.id()))).isEmpty();
        assertThat(inA(() -> ports.faqs().delete(faq.id()))).isFalse();
    }

    @Test
    void anotherTenantsFaqIsAsGoodAsMissing() {
        Faq faq = TestData.faq("Hours?", 1, true);
        inA(() -> {
            ports.faqs().add(faq);
            return null;
        });
        Faq hijack = new Faq(faq.id(), "Hijacked", "Hijacked", Keywords.none(), 1, true);

        assertThat(inB(() -> ports.faqs().findById(faq.id()))).isEmpty();
        assertThat(inB(() -> ports.faqs().listAll())).isEmpty();
        assertThat(inB(() -> ports.faqs().update(hijack))).isFalse();
        assertThat(inB(() -> ports.faqs().delete(faq.id()))).isFalse();
        assertThat(inA(() -> ports.faqs().findById(faq.id()))).contains(faq);
    }
}
