package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.DashboardStore;
import io.aggregator.domain.analytics.AnswerTimeBuckets;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.faq.FaqId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.statement.Query;

/** Sums of the daily tables that triggers and the conversation engine keep. */
final class JdbiDashboardStore implements DashboardStore {
    private static final String ACTIVITY_SUMS = """
            SELECT day, sum(customer_messages) AS customer_messages, sum(faq_answers) AS faq_answers,
                   sum(ai_answers) AS ai_answers, sum(fallbacks) AS fallbacks,
                   sum(manager_messages) AS manager_messages, sum(system_messages) AS system_messages,
                   sum(failed_deliveries) AS failed_deliveries, sum(active_chats) AS active_chats
            FROM daily_activity""";

    private final JdbiTransactions transactions;
    private final TenantStatements sql;

    JdbiDashboardStore(JdbiTransactions transactions) {
        this.transactions = transactions;
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public List<DayActivity> activity(LocalDate from, LocalDate to) {
        return activity(sql.query(ACTIVITY_SUMS + " WHERE tenant_id = :tenant AND day BETWEEN :from AND :to "
                + "GROUP BY day ORDER BY day"), from, to);
    }

    @Override
    public List<DayActivity> allTenantsActivity(LocalDate from, LocalDate to) {
        return activity(transactions.platformHandle().createQuery(ACTIVITY_SUMS
                + " WHERE day BETWEEN :from AND :to GROUP BY day ORDER BY day"), from, to);
    }

    private static List<DayActivity> activity(Query query, LocalDate from, LocalDate to) {
        return query.bind("from", from).bind("to", to)
                .map((row, context) -> toActivity(row))
                .list();
    }

    @Override
    public List<DayTransitions> transitions(LocalDate from, LocalDate to) {
        return sql.query("""
                        SELECT day, to_mode, reason, sum(transitions) AS transitions FROM daily_transitions
                        WHERE tenant_id = :tenant AND day BETWEEN :from AND :to
                        GROUP BY day, to_mode, reason ORDER BY day""")
                .bind("from", from)
                .bind("to", to)
                .map((row, context) -> new DayTransitions(row.getObject("day", LocalDate.class),
                        ChatMode.fromCode(row.getString("to_mode")), Reason.fromCode(row.getString("reason")),
                        row.getLong("transitions")))
                .list();
    }

    @Override
    public Map<LocalDate, long[]> answerTimes(Responder responder, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        sql.query("""
                        SELECT day, bucket, sum(answers) AS answers FROM daily_answer_times
                        WHERE tenant_id = :tenant AND responder = :responder AND day BETWEEN :from AND :to
                        GROUP BY day, bucket""")
                .bind("responder", responder.code())
                .bind("from", from)
                .bind("to", to)
                .map((row, context) -> {
                    days.computeIfAbsent(row.getObject("day", LocalDate.class),
                            day -> new long[AnswerTimeBuckets.COUNT])[row.getInt("bucket")] = row.getLong("answers");
                    return null;
                })
                .list();
        return days;
    }

    @Override
    public List<FaqHits> topFaqs(LocalDate from, LocalDate to, int limit) {
        return sql.query("""
                        SELECT h.faq_id, f.question, h.hits
                        FROM (SELECT faq_id, sum(hits) AS hits FROM daily_faq_hits
                              WHERE tenant_id = :tenant AND day BETWEEN :from AND :to GROUP BY faq_id) h
                        LEFT JOIN faqs f ON f.tenant_id = :tenant AND f.id = h.faq_id
                        ORDER BY h.hits DESC, h.faq_id LIMIT :limit""")
                .bind("from", from)
                .bind("to", to)
                .bind("limit", limit)
                .map((row, context) -> new FaqHits(new FaqId(Columns.uuid(row, "faq_id")), row.getString("question"),
                        row.getLong("hits")))
                .list();
    }

    private static DayActivity toActivity(ResultSet row) throws SQLException {
        return new DayActivity(row.getObject("day", LocalDate.class), row.getLong("customer_messages"),
                row.getLong("faq_answers"), row.getLong("ai_answers"), row.getLong("fallbacks"),
                row.getLong("manager_messages"), row.getLong("system_messages"), row.getLong("failed_deliveries"),
                row.getLong("active_chats"));
    }
}
