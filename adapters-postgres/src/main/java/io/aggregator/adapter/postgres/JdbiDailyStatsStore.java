package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.DailyStatsStore;
import io.aggregator.domain.analytics.Responder;
import io.aggregator.domain.faq.FaqId;
import java.time.LocalDate;

/** Upserts into the daily tables, in the writing connection's slot (see 012-dashboard.sql). */
final class JdbiDailyStatsStore implements DailyStatsStore {
    private final TenantStatements sql;

    JdbiDailyStatsStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void addActiveChat(LocalDate day) {
        sql.update("""
                        INSERT INTO daily_activity AS counted (tenant_id, day, slot, active_chats)
                        VALUES (:tenant, :day, pg_backend_pid() % 16, 1)
                        ON CONFLICT (tenant_id, day, slot) DO UPDATE SET active_chats = counted.active_chats + 1""")
                .bind("day", day)
                .execute();
    }

    @Override
    public void addAnswerTime(LocalDate day, Responder responder, int bucket) {
        sql.update("""
                        INSERT INTO daily_answer_times AS counted (tenant_id, day, responder, bucket, slot, answers)
                        VALUES (:tenant, :day, :responder, :bucket, pg_backend_pid() % 16, 1)
                        ON CONFLICT (tenant_id, day, responder, bucket, slot)
                        DO UPDATE SET answers = counted.answers + 1""")
                .bind("day", day)
                .bind("responder", responder.code())
                .bind("bucket", bucket)
                .execute();
    }

    @Override
    public void addFaqHit(LocalDate day, FaqId faq) {
        sql.update("""
                        INSERT INTO daily_faq_hits AS counted (tenant_id, day, faq_id, slot, hits)
                        VALUES (:tenant, :day, :faq, pg_backend_pid() % 16, 1)
                        ON CONFLICT (tenant_id, day, faq_id, slot) DO UPDATE SET hits = counted.hits + 1""")
                .bind("day", day)
                .bind("faq", faq.value())
                .execute();
    }
}
