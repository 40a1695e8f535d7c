package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.DashboardStore.DayActivity;
import io.aggregator.application.port.out.DashboardStore.DayTransitions;
import io.aggregator.application.port.out.DashboardStore.FaqHits;
import io.aggregator.domain.analytics.ChatWait;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.conversation.Actor;
import io.aggregator.domain.conversation.ChatTransition;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.faq.Faq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's sums over what the conversation stored, on two days of a tenant. */
public abstract class DashboardStoreContract extends StoreContract {
    private static final Instant FIRST = TestData.NOW;
    private static final Instant SECOND = TestData.NOW.plus(Duration.ofDays(1));
    private static final LocalDate DAY_ONE = ChatWait.dayOf(FIRST);
    private static final LocalDate DAY_TWO = ChatWait.dayOf(SECOND);

    private Faq hours;
    private Faq vegan;

    private static Message outgoing(Chat chat, Author author, AnswerSource source, Instant at) {
        return Message.outgoing(chat.id(), author, source, null, "text", at);
    }

    @BeforeEach
    void twoDaysOfAConversation() {
        Chat chat = TestData.chat("dashboard");
        hours = TestData.faq("When do you open?", 1, true);
        vegan = TestData.faq("Anything vegan?", 1, true);
        Message failing = outgoing(chat, Author.BOT, AnswerSource.AI, FIRST.plusSeconds(4));
        inA(() -> {
            ports.chats().add(chat);
            ports.faqs().add(hours);
            ports.faqs().add(vegan);
            ports.messages().addIfNew(TestData.customerMessage(chat.id(), "1", FIRST));
            ports.messages().addIfNew(TestData.customerMessage(chat.id(), "2", FIRST.plusSeconds(1)));
            ports.messages().addIfNew(outgoing(chat, Author.BOT, AnswerSource.FAQ, FIRST.plusSeconds(2)));
            ports.messages().addIfNew(failing);
            ports.messages().addIfNew(outgoing(chat, Author.MANAGER, null, FIRST.plusSeconds(5)));
            ports.messages().addIfNew(outgoing(chat, Author.SYSTEM, null, FIRST.plusSeconds(6)));
            ports.messages().addIfNew(TestData.customerMessage(chat.id(), "3", SECOND));
            ports.messages().addIfNew(outgoing(chat, Author.BOT, AnswerSource.FALLBACK, SECOND.plusSeconds(1)));
            ports.messages().updateDelivery(failing.id(), Delivery.failed("410 Gone", SECOND.plusSeconds(2)));
            ChatTransition handover = new ChatTransition(ChatMode.BOT, ChatMode.MANAGER, Reason.NO_ANSWER,
                    Actor.BOT);
            ports.transitions().add(chat.id(), handover, FIRST.plusSeconds(3));
            ports.transitions().add(chat.id(), handover, FIRST.plusSeconds(7));
            ports.transitions().add(chat.id(), new ChatTransition(ChatMode.MANAGER, ChatMode.BOT,
                    Reason.MANAGER_GAVE_BACK, Actor.SYSTEM), SECOND.plusSeconds(3));
            ports.dailyStats().addActiveChat(DAY_ONE);
            ports.dailyStats().addActiveChat(DAY_TWO);
            ports.dailyStats().addAnswerTime(DAY_ONE, Responder.BOT, 0);
            ports.dailyStats().addAnswerTime(DAY_ONE, Responder.BOT, 0);
            ports.dailyStats().addAnswerTime(DAY_TWO, Responder.MANAGER, 6);
            ports.dailyStats().addFaqHit(DAY_ONE, hours.id());
            ports.dailyStats().addFaqHit(DAY_TWO, hours.id());
            ports.dailyStats().addFaqHit(DAY_TWO, vegan.id());
            return null;
        });
    }

    @Test
    void messagesAreCountedByDayAndKind_failuresOnTheDayTheyFailed() {
        List<DayActivity> days = inA(() -> ports.dashboard().activity(DAY_ONE, DAY_TWO));

        assertThat(days).containsExactly(
                new DayActivity(DAY_ONE, 2, 1, 1, 0, 1, 1, 0, 1),
                new DayActivity(DAY_TWO, 1, 0, 0, 1, 0, 0, 1, 1));
        assertThat(inA(() -> ports.dashboard().activity(DAY_TWO, DAY_TWO))).hasSize(1);
        assertThat(inB(() -> ports.dashboard().activity(DAY_ONE, DAY_TWO))).isEmpty();
    }

    @Test
    void handoversAndReturnsAreCountedByDayModeAndReason() {
        List<DayTransitions> transitions = inA(() -> ports.dashboard().transitions(DAY_ONE, DAY_TWO));

        assertThat(transitions).containsExactly(
                new DayTransitions(DAY_ONE, ChatMode.MANAGER, Reason.NO_ANSWER, 2),
                new DayTransitions(DAY_TWO, ChatMode.BOT, Reason.MANAGER_GAVE_BACK, 1));
        assertThat(inB(() -> ports.dashboard().transitions(DAY_ONE, DAY_TWO))).isEmpty();
    }

    @Test
    void answerTimesAndFaqHitsAreSummedOverTheRange() {
        var bot = inA(() -> ports.dashboard().answerTimes(Responder.BOT, DAY_ONE, DAY_TWO));
        var manager = inA(() -> ports.dashboard().answerTimes(Responder.MANAGER, DAY_TWO, DAY_TWO));
        List<FaqHits> top = inA(() -> ports.dashboard().topFaqs(DAY_ONE, DAY_TWO, 10));

        assertThat(bot).containsOnlyKeys(DAY_ONE);
        assertThat(bot.get(DAY_ONE)[0]).isEqualTo(2);
        assertThat(manager).containsOnlyKeys(DAY_TWO);
        assertThat(manager.get(DAY_TWO)[6]).isEqualTo(1);
        assertThat(top).containsExactly(new FaqHits(hours.id(), hours.question(), 2),
                new FaqHits(vegan.id(), vegan.question(), 1));
        assertThat(inA(() -> ports.dashboard().topFaqs(DAY_TWO, DAY_TWO, 1))).hasSize(1);
        assertThat(inB(() -> ports.dashboard().topFaqs(DAY_ONE, DAY_TWO, 10))).isEmpty();
    }

    @Test
    void thePlatformSumsEveryTenantsActivityByDay() {
        List<DayActivity> days = ports.transactions().inPlatform(() -> ports.dashboard().allTenantsActivity(DAY_ONE,
                DAY_TWO));

        assertThat(days).extracting(DayActivity::day).contains(DAY_ONE, DAY_TWO);
        assertThat(days.stream().filter(day -> day.day().equals(DAY_ONE)).findFirst().orElseThrow()
                .customerMessages()).isGreaterThanOrEqualTo(2);
    }
}
