package io.aggregator.application.port.out;

import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.faq.FaqId;
import java.time.LocalDate;

/** The current tenant's daily numbers that the conversation engine counts as it works. */
public interface DailyStatsStore {

    void addActiveChat(LocalDate day);

    void addAnswerTime(LocalDate day, Responder responder, int bucket);

    void addFaqHit(LocalDate day, FaqId faq);
}
