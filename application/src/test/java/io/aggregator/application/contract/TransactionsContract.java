package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

public abstract class TransactionsContract extends StoreContract {

    @Test
    void givenWorkThatThrows_thenNothingItWroteIsKept() {
        assertThatThrownBy(() -> inA(() -> {
            ports.faqs().add(TestData.faq("Kept?", 1, true));
            throw new IllegalArgumentException("boom");
        })).hasMessage("boom");

        assertThat(inA(() -> ports.faqs().listAll())).isEmpty();
    }

    @Test
    void givenNestedWorkForTheSameTenant_thenItJoinsTheTransaction() {
        assertThatThrownBy(() -> inA(() -> {
            ports.transactions().runInTenant(tenantA, () -> ports.faqs().add(TestData.faq("Inner", 1, true)));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(inA(() -> ports.faqs().listAll())).isEmpty();
    }

    @Test
    void givenNestedWorkForAnotherTenant_thenItIsRefused() {
        assertThatThrownBy(() -> inA(() -> inB(() -> ports.faqs().listAll())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inA(() -> ports.transactions().inPlatform(() -> 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tenantOwnedStoresRefuseToWorkOutsideATenantTransaction() {
        assertThatThrownBy(() -> ports.faqs().listAll()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ports.transactions().inPlatform(() -> ports.chats().findByChannelChatId(
                io.aggregator.domain.chat.Channel.of("web"), "x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenATenantThatDoesNotExist_thenNothingCanBeWrittenForIt() {
        var ghost = TestData.randomTenantId();

        assertThatThrownBy(() -> ports.transactions().runInTenant(ghost,
                () -> ports.faqs().add(TestData.faq("Orphan?", 1, true))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ports.transactions().inTenant(ghost, () -> ports.faqs().listAll())).isEmpty();
    }

    @Test
    void theResultOfTheWorkIsReturned() {
        assertThat(inA(() -> 42)).isEqualTo(42);
    }
}
