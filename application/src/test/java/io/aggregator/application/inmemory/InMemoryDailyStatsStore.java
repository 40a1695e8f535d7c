package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.DailyStatsStore;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.faq.FaqId;
import java.time.LocalDate;

public final class InMemoryDailyStatsStore implements DailyStatsStore {
    private final InMemoryTransactions transactions;

    InMemoryDailyStatsStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void addActiveChat(LocalDate day) {
        transactions.database().activeChats.of(transactions.tenantForWrite()).merge(day, 1L, Long::sum);
    }

    @Override
    public void addAnswerTime(LocalDate day, Responder responder, int bucket) {
        transactions.database().answerTimes.of(transactions.tenantForWrite())
                .merge(new InMemoryDatabase.AnswerTimeKey(day, responder, bucket), 1L, Long::sum);
    }

    @Override
    public void addFaqHit(LocalDate day, FaqId faq) {
        transactions.database().faqHits.of(transactions.tenantForWrite())
                .merge(new InMemoryDatabase.FaqHitKey(day, faq), 1L, Long::sum);
    }
}
