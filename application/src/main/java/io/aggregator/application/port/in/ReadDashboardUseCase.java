package io.aggregator.application.port.in;

import io.aggregator.application.port.out.DashboardStore.DayActivity;
import io.aggregator.application.port.out.DashboardStore.FaqHits;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A tenant's dashboard for a range of UTC days, and the platform's activity for the platform admin. */
public interface ReadDashboardUseCase {
    /** The longest range one request may ask for. */
    int MAX_DAYS = 366;

    /**
     * One day: its activity, its handovers by reason, the chats that went back to the bot, its times to
     * the first answer and its rates (as over the range, below).
     */
    record Day(DayActivity activity, Map<String, Long> handoversByReason, long handovers, long returnedToBot,
               List<AnswerTime> answerTimes, Double faqHitRate, Double botResolutionRate) {
    }

    /**
     * Time to the first answer over the range: how many answers were timed, and the median and 90th
     * percentile as the upper bound of their bucket in seconds (null when nothing was timed, or when
     * it is over a day).
     */
    record AnswerTime(Responder responder, long answers, Long medianAtMostSeconds, Long p90AtMostSeconds) {
    }

    /**
     * {@code faqHitRate}: FAQ answers among all the bot's answers (FAQ, AI, fallback);
     * {@code botResolutionRate}: active chats of a day that were not handed to a manager that day. Both
     * null when there is nothing to divide by.
     */
    record Dashboard(LocalDate from, LocalDate to, List<Day> days, DayActivity totals, List<AnswerTime> answerTimes,
                     Double faqHitRate, Double botResolutionRate, List<FaqHits> topFaqs) {
    }

    /** The platform's activity by day, and its totals. */
    record PlatformActivity(LocalDate from, LocalDate to, List<DayActivity> days, DayActivity totals) {
    }

    /** @throws NotFoundException if there is no such tenant */
    Dashboard tenant(TenantId tenant, LocalDate from, LocalDate to);

    PlatformActivity platform(LocalDate from, LocalDate to);
}
