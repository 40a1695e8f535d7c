package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.tenant.Tenant;
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
    void theDirectoryIsListedByIdPageByPageAndByStatus() {
        var prefix = TestData.randomTenantId().value() + "-";
        for (String suffix : java.util.List.of("c", "a", "d", "b")) {
            inPlatform(() -> {
                ports.tenants().add(TestData.tenant(io.aggregator.domain.tenant.TenantId.of(prefix + suffix)));
                return null;
            });
        }
        inPlatform(() -> ports.tenants().update(
                TestData.tenant(io.aggregator.domain.tenant.TenantId.of(prefix + "b")).withStatus(TenantStatus.SUSPENDED)));
        var start = io.aggregator.domain.tenant.TenantId.of(prefix.substring(0, prefix.length() - 1));

        var first = inPlatform(() -> ports.tenants().list(null, start, 2));
        var second = inPlatform(() -> ports.tenants().list(null, first.tenants().get(1).id(), 2));
        var suspended = inPlatform(() -> ports.tenants().list(TenantStatus.SUSPENDED, start, 10));

        assertThat(first.tenants()).extracting(t -> t.id().value()).containsExactly(prefix + "a", prefix + "b");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.tenants()).extracting(t -> t.id().value()).startsWith(prefix + "c", prefix + "d");
        assertThat(suspended.tenants()).extracting(t -> t.id().value()).contains(prefix + "b")
                .doesNotContain(prefix + "a");
    }

    @Test
    void aTenantTransactionListsOnlyItsOwnEntry() {
        var page = inA(() -> ports.tenants().list(null, null, 1000));

        assertThat(page.tenants()).extracting(Tenant::id).containsExactly(tenantA);
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
