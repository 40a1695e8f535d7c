package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.inmemory.RecordingLiveEvents;
import io.aggregator.application.port.in.ReadDashboardUseCase.AnswerTime;
import io.aggregator.application.port.in.ReadDashboardUseCase.Dashboard;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.IncomingMessage;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.Receipt;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard of a day of conversations the engine had, on the in-memory stores. */
class DashboardServiceTest {
    private static final TenantId SHOP = TenantId.of("noodle_bar");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private final StorePorts ports = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ConversationService conversations = new ConversationService(ports.transactions(),
            ports.conversationStores(), new FaqMatcherCache(), ports.configurations(), new RecordingLiveEvents(), clock,
            Message.MAX_TEXT_LENGTH);
    private final DashboardService dashboard = new DashboardService(ports.transactions(), ports.tenants(),
            ports.dashboard());
    private final FaqId hours = FaqId.newId();

    @BeforeEach
    void aNoodleBarWithAnFaqAndNoAi() {
        ports.transactions().runInTenant(SHOP, () -> {
            ports.tenants().add(Tenant.create(SHOP, "Noodle Bar", clock.instant()));
            ports.settings().save(new TenantSettings("", HandoverMode.IMMEDIATE, Language.EN, Thresholds.none()));
            ports.faqs().add(new Faq(hours, "What are your opening hours?", "Noon to midnight.",
                    Keywords.parse("hours, open"), 1, true));
        });
    }

    private Receipt customer(String chat, String text) {
        return conversations.receive(SHOP, new IncomingMessage("telegram", chat, chat + "-" + text.hashCode(),
                Customer.anonymous(), text, List.of(), clock.instant()));
    }

    private AnswerTime timeOf(Dashboard numbers, Responder responder) {
        return numbers.answerTimes().stream().filter(time -> time.responder() == responder).findFirst().orElseThrow();
    }

    @Test
    void aDayOfAnFaqAnswerAndAHandoverToAManagerWhoAnswersInAMinuteAndAHalf() {
        customer("1", "what are your opening hours?");
        Receipt unanswerable = customer("2", "can I rent the whole bar for a wedding?");
        clock.advance(Duration.ofSeconds(90));
        conversations.reply(SHOP, UserId.newId(), unanswerable.chatId(), "Yes, let's talk!");

        Dashboard numbers = dashboard.tenant(SHOP, TODAY.minusDays(1), TODAY);

        assertThat(numbers.days()).hasSize(2);
        var today = numbers.days().get(1);
        assertThat(today.activity().customerMessages()).isEqualTo(2);
        assertThat(today.activity().faqAnswers()).isEqualTo(1);
        assertThat(today.activity().fallbacks()).isEqualTo(1);
        assertThat(today.activity().managerMessages()).isEqualTo(1);
        assertThat(today.activity().activeChats()).isEqualTo(2);
        assertThat(today.handoversByReason()).isEqualTo(Map.of("no_answer", 1L));
        assertThat(today.handovers()).isEqualTo(1);
        assertThat(numbers.days().get(0).activity().customerMessages()).isZero();
        assertThat(today.faqHitRate()).isEqualTo(0.5);
        assertThat(today.botResolutionRate()).isEqualTo(0.5);
        assertThat(today.answerTimes()).filteredOn(time -> time.responder() == Responder.MANAGER).singleElement()
                .satisfies(time -> assertThat(time.medianAtMostSeconds()).isEqualTo(120));
        assertThat(numbers.days().get(0).faqHitRate()).isNull();
        assertThat(numbers.days().get(0).answerTimes()).allSatisfy(time -> assertThat(time.answers()).isZero());
        assertThat(numbers.faqHitRate()).isEqualTo(0.5);
        assertThat(numbers.botResolutionRate()).isEqualTo(0.5);
        assertThat(timeOf(numbers, Responder.BOT).answers()).isEqualTo(1);
        assertThat(timeOf(numbers, Responder.BOT).medianAtMostSeconds()).isEqualTo(1);
        assertThat(timeOf(numbers, Responder.MANAGER).answers()).isEqualTo(1);
        assertThat(timeOf(numbers, Responder.MANAGER).p90AtMostSeconds()).isEqualTo(120);
        assertThat(numbers.topFaqs()).singleElement().satisfies(faq -> {
            assertThat(faq.faq()).isEqualTo(hours);
            assertThat(faq.hits()).isEqualTo(1);
        });
    }

    @Test
    void aChatCountsOnceADayAsActive_andAGiveBackCountsAsAReturnToTheBot() {
        Receipt first = customer("1", "hello there");
        customer("1", "anyone?");
        conversations.giveBackToBot(SHOP, UserId.newId(), first.chatId());

        Dashboard numbers = dashboard.tenant(SHOP, TODAY, TODAY);

        assertThat(numbers.totals().activeChats()).isEqualTo(1);
        assertThat(numbers.days().get(0).returnedToBot()).isEqualTo(1);
        assertThat(timeOf(numbers, Responder.MANAGER).medianAtMostSeconds()).isNull();
    }

    @Test
    void aRangeBackwardsOrLongerThanAYearIs422() {
        assertThatThrownBy(() -> dashboard.tenant(SHOP, TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> dashboard.platform(TODAY.minusDays(366), TODAY))
                .isInstanceOf(ValidationException.class);
        assertThat(dashboard.platform(TODAY.minusDays(365), TODAY).totals().customerMessages()).isZero();
    }
}
