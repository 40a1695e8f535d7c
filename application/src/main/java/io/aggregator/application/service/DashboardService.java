package io.aggregator.application.service;

import io.aggregator.application.port.in.ReadDashboardUseCase;
import io.aggregator.application.port.out.DashboardStore;
import io.aggregator.application.port.out.DashboardStore.DayActivity;
import io.aggregator.application.port.out.DashboardStore.DayTransitions;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.analytics.AnswerTimeBuckets;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.tenant.TenantId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The dashboard, from the numbers the database and the conversation engine keep per day: every figure
 * is a sum over a month's rows at most, however many messages the month had.
 */
public final class DashboardService implements ReadDashboardUseCase {
    static final int TOP_FAQS = 10;
    private static final List<Reason> RETURNS_TO_BOT = List.of(Reason.MANAGER_GAVE_BACK, Reason.INACTIVITY);

    private final Transactions transactions;
    private final TenantStore tenants;
    private final DashboardStore dashboard;

    public DashboardService(Transactions transactions, TenantStore tenants, DashboardStore dashboard) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.dashboard = dashboard;
    }

    @Override
    public Dashboard tenant(TenantId tenant, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            List<DayActivity> activity = dashboard.activity(from, to);
            Map<LocalDate, List<DayTransitions>> transitions = dashboard.transitions(from, to).stream()
                    .collect(Collectors.groupingBy(DayTransitions::day, TreeMap::new, Collectors.toList()));
            Map<Responder, Map<LocalDate, long[]>> times = new EnumMap<>(Responder.class);
            for (Responder responder : Responder.values()) {
                times.put(responder, dashboard.answerTimes(responder, from, to));
            }
            List<Day> days = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate date = day;
                days.add(day(day, activity, transitions.getOrDefault(day, List.of()),
                        responder -> times.get(responder).getOrDefault(date, new long[AnswerTimeBuckets.COUNT])));
            }
            DayActivity totals = sum(from, activity);
            long handedOver = days.stream().mapToLong(Day::handovers).sum();
            return new Dashboard(from, to, days, totals,
                    answerTimes(responder -> sumBuckets(times.get(responder).values())),
                    faqHitRate(totals), resolutionRate(totals, handedOver), dashboard.topFaqs(from, to, TOP_FAQS));
        });
    }

    @Override
    public PlatformActivity platform(LocalDate from, LocalDate to) {
        checkRange(from, to);
        List<DayActivity> days = transactions.inPlatform(() -> dashboard.allTenantsActivity(from, to));
        return new PlatformActivity(from, to, days, sum(from, days));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ValidationException.of(from == null ? "from" : "to", "is required, as a date such as 2026-11-01");
        }
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from (" + from + "), got " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ValidationException.of("to", "must be at most " + MAX_DAYS + " days after from");
        }
    }

    private static Day day(LocalDate day, List<DayActivity> activity, List<DayTransitions> transitions,
                           Function<Responder, long[]> times) {
        DayActivity numbers = activity.stream().filter(row -> row.day().equals(day)).findFirst()
                .orElse(new DayActivity(day, 0, 0, 0, 0, 0, 0, 0, 0));
        Map<String, Long> byReason = new TreeMap<>();
        long handovers = 0;
        long returned = 0;
        for (DayTransitions row : transitions) {
            if (row.to() == ChatMode.MANAGER) {
                byReason.merge(row.reason().code(), row.transitions(), Long::sum);
                handovers += row.transitions();
            } else if (row.to() == ChatMode.BOT && RETURNS_TO_BOT.contains(row.reason())) {
                returned += row.transitions();
            }
        }
        return new Day(numbers, byReason, handovers, returned, answerTimes(times), faqHitRate(numbers),
                resolutionRate(numbers, handovers));
    }

    private static List<AnswerTime> answerTimes(Function<Responder, long[]> buckets) {
        return Arrays.stream(Responder.values()).map(responder -> answerTime(responder, buckets.apply(responder)))
                .toList();
    }

    private static long[] sumBuckets(Collection<long[]> days) {
        long[] sum = new long[AnswerTimeBuckets.COUNT];
        days.forEach(day -> Arrays.setAll(sum, bucket -> sum[bucket] + day[bucket]));
        return sum;
    }

    private static Double faqHitRate(DayActivity numbers) {
        return share(numbers.faqAnswers(), numbers.faqAnswers() + numbers.aiAnswers() + numbers.fallbacks());
    }

    private static Double resolutionRate(DayActivity numbers, long handovers) {
        return share(Math.max(0, numbers.activeChats() - handovers), numbers.activeChats());
    }

    private static DayActivity sum(LocalDate from, List<DayActivity> days) {
        return new DayActivity(from, total(days, DayActivity::customerMessages), total(days, DayActivity::faqAnswers),
                total(days, DayActivity::aiAnswers), total(days, DayActivity::fallbacks),
                total(days, DayActivity::managerMessages), total(days, DayActivity::systemMessages),
                total(days, DayActivity::failedDeliveries), total(days, DayActivity::activeChats));
    }

    private static long total(List<DayActivity> days, ToLongFunction<DayActivity> column) {
        return days.stream().mapToLong(column).sum();
    }

    private static AnswerTime answerTime(Responder responder, long[] buckets) {
        return new AnswerTime(responder, Arrays.stream(buckets).sum(), atMost(buckets, 0.5), atMost(buckets, 0.9));
    }

    private static Long atMost(long[] buckets, double fraction) {
        int bucket = AnswerTimeBuckets.percentileBucket(buckets, fraction);
        if (bucket < 0) {
            return null;
        }
        var upper = AnswerTimeBuckets.upperSeconds(bucket);
        return upper.isPresent() ? upper.getAsLong() : null;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
