package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.OverviewPage;
import io.aggregator.application.port.out.OverviewQuery;
import io.aggregator.application.port.out.TenantOverview;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class TenantOverviewStoreContract extends StoreContract {
    private Faq active;

    @BeforeEach
    void aTenantWithChatsMessagesFaqsAndUsers() {
        Chat first = TestData.chat("overview-1");
        Chat second = TestData.chat("overview-2");
        active = TestData.faq("Are you open on Sundays?", 1, true);
        inA(() -> {
            ports.settings().save(new TenantSettings("You sell bread.", HandoverMode.IMMEDIATE, Language.DE,
                    Thresholds.none()));
            ports.chats().add(first);
            ports.chats().add(second);
            ports.messages().addIfNew(TestData.customerMessage(first.id(), "1", TestData.NOW));
            ports.messages().addIfNew(TestData.customerMessage(first.id(), "2", TestData.NOW.plusSeconds(1)));
            ports.messages().addIfNew(TestData.customerMessage(second.id(), "1", TestData.NOW.plusSeconds(2)));
            ports.faqs().add(active);
            ports.faqs().add(TestData.faq("Do you bake cakes?", 1, false));
            ports.users().add(TestData.user("anna", Role.ADMIN));
            return null;
        });
    }

    private TenantOverview rowOf(TenantId tenant) {
        return ports.transactions().inTenant(tenant, () -> ports.overview().ownRow()).orElseThrow();
    }

    @Test
    void aTenantsRowCountsItsChatsMessagesActiveFaqsAndUsers_andShowsItsSettings() {
        TenantOverview row = rowOf(tenantA);

        assertThat(row.tenantId()).isEqualTo(tenantA);
        assertThat(row.chats()).isEqualTo(2);
        assertThat(row.messages()).isEqualTo(3);
        assertThat(row.activeFaqs()).isEqualTo(1);
        assertThat(row.users()).isEqualTo(1);
        assertThat(row.systemMessage()).isEqualTo("You sell bread.");
        assertThat(row.handoverMode()).isEqualTo(HandoverMode.IMMEDIATE);
        assertThat(row.lastUpdated()).isNotNull();
        TenantOverview other = rowOf(tenantB);
        assertThat(List.of(other.chats(), other.messages(), other.activeFaqs(), other.users()))
                .containsOnly(0L);
    }

    @Test
    void switchingAnFaqOffAndOnIsCounted() {
        inA(() -> {
            ports.faqs().update(new Faq(active.id(), active.question(), active.answer(), active.keywords(),
                    active.priority(), false));
            return null;
        });
        assertThat(rowOf(tenantA).activeFaqs()).isZero();

        inA(() -> {
            ports.faqs().update(active);
            return null;
        });
        assertThat(rowOf(tenantA).activeFaqs()).isEqualTo(1);
    }

    @Test
    void thePlatformPagesThroughEveryTenantInTheOrderAsked_withTotalsOverAll() {
        OverviewPage first = ports.transactions().inPlatform(() -> ports.overview().list(
                new OverviewQuery(OverviewQuery.Sort.TENANT_ID, false, OverviewQuery.MAX_LIMIT, 0)));
        List<TenantOverview> all = new ArrayList<>(first.items());
        while (all.size() < first.total()) {
            int offset = all.size();
            all.addAll(ports.transactions().inPlatform(() -> ports.overview().list(
                    new OverviewQuery(OverviewQuery.Sort.TENANT_ID, false, OverviewQuery.MAX_LIMIT, offset))).items());
        }

        assertThat(all).extracting(row -> row.tenantId().value()).isSorted();
        assertThat(all).extracting(TenantOverview::tenantId).contains(tenantA, tenantB);
        assertThat(first.totals().messages()).isEqualTo(all.stream().mapToLong(TenantOverview::messages).sum())
                .isGreaterThanOrEqualTo(3);
        OverviewPage byMessages = ports.transactions().inPlatform(() -> ports.overview().list(
                new OverviewQuery(OverviewQuery.Sort.MESSAGES, true, 5, 0)));
        assertThat(byMessages.items()).hasSizeLessThanOrEqualTo(5)
                .isSortedAccordingTo(Comparator.comparingLong(TenantOverview::messages).reversed());
    }
}
