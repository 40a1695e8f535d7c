package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ReadDashboardUseCase;
import io.aggregator.application.port.out.DashboardStore.DayActivity;
import io.aggregator.domain.ValidationException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A tenant's dashboard, and the platform's activity, for a range of UTC days (the last 30 by default). */
final class DashboardRoutes {
    static final int DEFAULT_DAYS = 30;

    record ActivityJson(LocalDate day, long customerMessages, long faqAnswers, long aiAnswers, long fallbacks,
                        long managerMessages, long systemMessages, long failedDeliveries, long activeChats) {
        static ActivityJson of(DayActivity activity) {
            return new ActivityJson(activity.day(), activity.customerMessages(), activity.faqAnswers(),
                    activity.aiAnswers(), activity.fallbacks(), activity.managerMessages(), activity.systemMessages(),
                    activity.failedDeliveries(), activity.activeChats());
        }
    }

    /** The same numbers summed over the range, which has no single day. */
    record TotalsJson(long customerMessages, long faqAnswers, long aiAnswers, long fallbacks, long managerMessages,
                      long systemMessages, long failedDeliveries, long activeChats) {
        static TotalsJson of(DayActivity totals) {
            return new TotalsJson(totals.customerMessages(), totals.faqAnswers(), totals.aiAnswers(),
                    totals.fallbacks(), totals.managerMessages(), totals.systemMessages(), totals.failedDeliveries(),
                    totals.activeChats());
        }
    }

    record DayJson(LocalDate day, long customerMessages, long faqAnswers, long aiAnswers, long fallbacks,
                   long managerMessages, long systemMessages, long failedDeliveries, long activeChats,
                   Map<String, Long> handoversByReason, long handovers, long returnedToBot,
                   List<AnswerTimeJson> timeToFirstAnswer, Double faqHitRate, Double botResolutionRate) {
        static DayJson of(ReadDashboardUseCase.Day day) {
            DayActivity a = day.activity();
            return new DayJson(a.day(), a.customerMessages(), a.faqAnswers(), a.aiAnswers(), a.fallbacks(),
                    a.managerMessages(), a.systemMessages(), a.failedDeliveries(), a.activeChats(),
                    day.handoversByReason(), day.handovers(), day.returnedToBot(),
                    AnswerTimeJson.all(day.answerTimes()), day.faqHitRate(), day.botResolutionRate());
        }
    }

    record AnswerTimeJson(String responder, long answers, Long medianAtMostSeconds, Long p90AtMostSeconds) {
        static List<AnswerTimeJson> all(List<ReadDashboardUseCase.AnswerTime> times) {
            return times.stream().map(time -> new AnswerTimeJson(time.responder().code(), time.answers(),
                    time.medianAtMostSeconds(), time.p90AtMostSeconds())).toList();
        }
    }

    record FaqJson(String faqId, String question, long hits) {
    }

    record DashboardJson(LocalDate from, LocalDate to, List<DayJson> days, TotalsJson totals,
                         List<AnswerTimeJson> timeToFirstAnswer, Double faqHitRate, Double botResolutionRate,
                         List<FaqJson> topFaqs) {
    }

    record PlatformJson(LocalDate from, LocalDate to, List<ActivityJson> days, TotalsJson totals) {
    }

    private final ReadDashboardUseCase dashboard;
    private final Clock clock;

    DashboardRoutes(ReadDashboardUseCase dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/tenants/{tenant}/dashboard", Access.TENANT_OR_PLATFORM_ADMIN, this::tenant);
        routes.get("/api/v1/dashboard", Access.PLATFORM_ADMIN, this::platform);
    }

    private void tenant(Context ctx) {
        LocalDate to = date(ctx, "to", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        ReadDashboardUseCase.Dashboard numbers = dashboard.tenant(Requests.tenant(ctx),
                date(ctx, "from", to.minusDays(DEFAULT_DAYS - 1)), to);
        ctx.json(new DashboardJson(numbers.from(), numbers.to(), numbers.days().stream().map(DayJson::of).toList(),
                TotalsJson.of(numbers.totals()), AnswerTimeJson.all(numbers.answerTimes()),
                numbers.faqHitRate(), numbers.botResolutionRate(),
                numbers.topFaqs().stream().map(faq -> new FaqJson(faq.faq().toString(), faq.question(), faq.hits()))
                        .toList()));
    }

    private void platform(Context ctx) {
        LocalDate to = date(ctx, "to", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        ReadDashboardUseCase.PlatformActivity activity = dashboard.platform(
                date(ctx, "from", to.minusDays(DEFAULT_DAYS - 1)), to);
        ctx.json(new PlatformJson(activity.from(), activity.to(),
                activity.days().stream().map(ActivityJson::of).toList(), TotalsJson.of(activity.totals())));
    }

    private static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "must be a date such as 2026-11-01, got '" + text + "'");
        }
    }
}
