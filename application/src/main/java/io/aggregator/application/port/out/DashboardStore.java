package io.aggregator.application.port.out;

import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.faq.FaqId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The dashboard's numbers, per UTC day, from {@code from} to {@code to} inclusive. */
public interface DashboardStore {

    /** One day's activity; days without any are left out. */
    record DayActivity(LocalDate day, long customerMessages, long faqAnswers, long aiAnswers, long fallbacks,
                       long managerMessages, long systemMessages, long failedDeliveries, long activeChats) {
    }

    /** Changes of who answers, of one day, to one mode, for one reason. */
    record DayTransitions(LocalDate day, ChatMode to, Reason reason, long transitions) {
    }

    /** An FAQ and how often it answered; {@code question} is null for an FAQ deleted since. */
    record FaqHits(FaqId faq, String question, long hits) {
    }

    /** The current tenant's activity by day. */
    List<DayActivity> activity(LocalDate from, LocalDate to);

    /** The current tenant's handovers and returns to the bot by day. */
    List<DayTransitions> transitions(LocalDate from, LocalDate to);

    /** The current tenant's answer counts per day and bucket of {@code AnswerTimeBuckets}; days without any are left out. */
    Map<LocalDate, long[]> answerTimes(Responder responder, LocalDate from, LocalDate to);

    /** The current tenant's FAQs that answered most often, most first. */
    List<FaqHits> topFaqs(LocalDate from, LocalDate to, int limit);

    /** Every tenant's activity summed by day; must run in a platform transaction. */
    List<DayActivity> allTenantsActivity(LocalDate from, LocalDate to);
}
