package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ChatTransitionStore.Recorded;
import io.aggregator.application.port.out.DashboardStore;
import io.aggregator.domain.analytics.AnswerTimeBuckets;
import io.aggregator.domain.analytics.ChatWait;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.DeliveryStatus;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts the in-memory rows on every read, where the database sums the daily rows its triggers keep.
 * A delivery counts as failed on the day of its current failure (the database also keeps failures
 * that a retry later fixed).
 */
public final class InMemoryDashboardStore implements DashboardStore {
    private final InMemoryTransactions transactions;

    InMemoryDashboardStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<DayActivity> activity(LocalDate from, LocalDate to) {
        InMemoryDatabase database = transactions.database();
        return activityOf(database, List.of(transactions.tenant()), from, to);
    }

    @Override
    public List<DayActivity> allTenantsActivity(LocalDate from, LocalDate to) {
        InMemoryDatabase database = transactions.platformDatabase();
        return activityOf(database, database.tenants.keySet(), from, to);
    }

    private static List<DayActivity> activityOf(InMemoryDatabase database, Collection<TenantId> tenants,
                                                LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (TenantId tenant : tenants) {
            for (Message message : database.messages.of(tenant).values()) {
                count(days, ChatWait.dayOf(message.createdAt()), column(message));
                if (message.delivery() != null && message.delivery().status() == DeliveryStatus.FAILED) {
                    count(days, ChatWait.dayOf(message.delivery().updatedAt()), 6);
                }
            }
            database.activeChats.of(tenant).forEach((day, chats) -> days.computeIfAbsent(day, d -> new long[8])[7]
                    += chats);
        }
        return days.entrySet().stream()
                .filter(day -> !day.getKey().isBefore(from) && !day.getKey().isAfter(to))
                .map(day -> {
                    long[] n = day.getValue();
                    return new DayActivity(day.getKey(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
                })
                .toList();
    }

    /** The column of DayActivity a message counts in, or -1. */
    private static int column(Message message) {
        if (message.author() == Author.CUSTOMER) {
            return 0;
        }
        if (message.author() == Author.MANAGER) {
            return 4;
        }
        if (message.author() == Author.SYSTEM) {
            return 5;
        }
        if (message.source() == AnswerSource.AI) {
            return message.delivery() != null && message.delivery().status() == DeliveryStatus.NOT_SENT ? -1 : 2;
        }
        return message.source() == AnswerSource.FAQ ? 1 : 3;
    }

    private static void count(Map<LocalDate, long[]> days, LocalDate day, int column) {
        if (column >= 0) {
            days.computeIfAbsent(day, d -> new long[8])[column]++;
        }
    }

    @Override
    public List<DayTransitions> transitions(LocalDate from, LocalDate to) {
        record Key(LocalDate day, io.aggregator.domain.chat.ChatMode to, io.aggregator.domain.conversation.Reason reason) {
        }
        Map<Key, List<Recorded>> grouped = transactions.database().transitions.of(transactions.tenant()).values()
                .stream()
                .filter(row -> {
                    LocalDate day = ChatWait.dayOf(row.happenedAt());
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .collect(Collectors.groupingBy(row -> new Key(ChatWait.dayOf(row.happenedAt()), row.transition().to(),
                        row.transition().reason())));
        List<DayTransitions> rows = new ArrayList<>();
        grouped.forEach((key, recorded) -> rows.add(new DayTransitions(key.day(), key.to(), key.reason(),
                recorded.size())));
        rows.sort(Comparator.comparing(DayTransitions::day));
        return rows;
    }

    @Override
    public Map<LocalDate, long[]> answerTimes(Responder responder, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        transactions.database().answerTimes.of(transactions.tenant()).forEach((key, answers) -> {
            if (key.responder() == responder && !key.day().isBefore(from) && !key.day().isAfter(to)) {
                days.computeIfAbsent(key.day(), day -> new long[AnswerTimeBuckets.COUNT])[key.bucket()] += answers;
            }
        });
        return days;
    }

    @Override
    public List<FaqHits> topFaqs(LocalDate from, LocalDate to, int limit) {
        InMemoryDatabase database = transactions.database();
        TenantId tenant = transactions.tenant();
        Map<FaqId, Long> hits = new HashMap<>();
        database.faqHits.of(tenant).forEach((key, count) -> {
            if (!key.day().isBefore(from) && !key.day().isAfter(to)) {
                hits.merge(key.faq(), count, Long::sum);
            }
        });
        return hits.entrySet().stream()
                .sorted(Map.Entry.<FaqId, Long>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().value().toString()))
                .limit(limit)
                .map(entry -> {
                    Faq faq = database.faqs.of(tenant).get(entry.getKey());
                    return new FaqHits(entry.getKey(), faq == null ? null : faq.question(), entry.getValue());
                })
                .toList();
    }
}
