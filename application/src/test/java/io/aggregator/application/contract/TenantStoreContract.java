package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

public abstract class TenantStoreContract extends StoreContract {

    private <T> T inPlatform(java.util.function.Supplier<T> work) {
        return ports.transactions().inPlatform(work);
    }

    @Test
    void aTenantIsFoundByItsId() {
        assertThat(inPlatform(() -> ports.tenants().findById(tenantA))).contains(TestData.tenant(tenantA));
        assertThat(inPlatform(() -> ports.tenants().findById(TestData.randomTenantId()))).isEmpty();
    }

    @Test
    void givenATakenTenantId_thenAddingConflicts() {
        assertThatThrownBy(() -> inPlatform(() -> {
            ports.tenants().add(TestData.tenant(tenantA));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("tenant_id"));
    }

    @Test
    void aTenantCanBeSuspended() {
        var suspended = TestData.tenant(tenantA).withStatus(TenantStatus.SUSPENDED);

        assertThat(inPlatform(() -> ports.tenants().update(suspended))).isTrue();
        assertThat(inPlatform(() -> ports.tenants().findById(tenantA))).contains(suspended);
        assertThat(inPlatform(() -> ports.tenants().update(TestData.tenant(TestData.randomTenantId())))).isFalse();
    }

    @Test
    void deletingATenantRemovesEverythingItOwns() {
        inA(() -> {
            ports.settings().save(TenantSettings.defaults());
            ports.faqs().add(TestData.faq("Hours?", 1, true));
            var chat = TestData.chat("42");
            ports.chats().add(chat);
            ports.messages().addIfNew(TestData.customerMessage(chat.id(), "m1", TestData.NOW));
            ports.users().add(TestData.user("anna", io.aggregator.domain.user.Role.ADMIN));
            return null;
        });
        inB(() -> {
            ports.faqs().add(TestData.faq("Other tenant's", 1, true));
            return null;
        });

        assertThat(inPlatform(() -> ports.tenants().delete(tenantA))).isTrue();

        assertThat(inPlatform(() -> ports.tenants().findById(tenantA))).isEmpty();
        assertThat(inA(() -> ports.settings().load())).isEmpty();
        assertThat(inA(() -> ports.faqs().listAll())).isEmpty();
        assertThat(inA(() -> ports.chats().findByChannelChatId(TestData.chat("42").channel(), "42"))).isEmpty();
        assertThat(inA(() -> ports.users().listAll())).isEmpty();
        assertThat(inB(() -> ports.faqs().listAll())).hasSize(1);
        assertThat(inPlatform(() -> ports.tenants().delete(tenantA))).isFalse();
    }
}
