package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ClaimedWork;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * The cross-tenant queues, read in platform transactions (the tables' policies let a transaction bound
 * to no tenant see every tenant's rows, which hold ids and state only).
 */
final class JdbiWorkQueues implements WorkQueues {
    /** One claim at a time across all nodes, so that the per-tenant bound counts every node's claims. */
    private static final long CLAIM_LOCK = 0x6f7574626f78L;
    /** How many due rows a claim looks at per row it may take: room to pass over tenants at their bound. */
    private static final int SCAN_FACTOR = 4;

    private final JdbiTransactions transactions;

    JdbiWorkQueues(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<ClaimedWork> claimOutbox(Claim claim) {
        var handle = transactions.platformHandle();
        // A claim's commit does not wait for its WAL to reach the disk: lost in a crash, the claim
        // only means the entry is claimed and sent again with the same webhook id, as when a worker
        // dies holding it, and the wait is on the path of every delivery and AI request.
        handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:lock), set_config('synchronous_commit', 'off', true)")
                .bind("lock", CLAIM_LOCK).mapTo(Integer.class).one();
        // tenants at their bound are passed over in the scan itself, so one busy tenant's backlog
        // cannot fill every claim; rows another transaction holds are skipped, not waited for
        return handle.createQuery("""
                        WITH in_flight AS (
                            SELECT tenant_id, count(*) AS sending FROM outbox
                            WHERE status = 'pending' AND claim_token IS NOT NULL AND next_attempt_at > :now
                            GROUP BY tenant_id),
                        due AS (
                            SELECT o.tenant_id, o.id, o.next_attempt_at FROM outbox o
                            WHERE o.status = 'pending' AND o.next_attempt_at <= :now
                              AND NOT EXISTS (SELECT 1 FROM in_flight f
                                              WHERE f.tenant_id = o.tenant_id AND f.sending >= :perTenant)
                            ORDER BY o.next_attempt_at
                            LIMIT :scan
                            FOR UPDATE OF o SKIP LOCKED),
                        ranked AS (
                            SELECT d.tenant_id, d.id, d.next_attempt_at,
                                   row_number() OVER (PARTITION BY d.tenant_id ORDER BY d.next_attempt_at, d.id)
                                       + coalesce(f.sending, 0) AS slot
                            FROM due d LEFT JOIN in_flight f USING (tenant_id)),
                        chosen AS (
                            SELECT tenant_id, id FROM ranked WHERE slot <= :perTenant
                            ORDER BY next_attempt_at, id LIMIT :limit)
                        UPDATE outbox o SET claim_token = :token, attempts = o.attempts + 1,
                            next_attempt_at = CASE o.kind WHEN 'delivery' THEN :deliveryLeaseEnd
                                                          ELSE :aiRequestLeaseEnd END
                        FROM chosen c WHERE o.tenant_id = c.tenant_id AND o.id = c.id
                        RETURNING o.tenant_id, o.id, o.kind, o.chat_id, o.message_id, o.status, o.attempts,
                            o.next_attempt_at, o.last_error, o.created_at, o.sent_at""")
                .bind("now", Columns.utc(claim.now()))
                .bind("perTenant", claim.perTenant())
                .bind("scan", claim.limit() * SCAN_FACTOR)
                .bind("limit", claim.limit())
                .bind("token", claim.token())
                .bind("deliveryLeaseEnd", Columns.utc(claim.now().plus(claim.deliveryLease())))
                .bind("aiRequestLeaseEnd", Columns.utc(claim.now().plus(claim.aiRequestLease())))
                .map((row, context) -> new ClaimedWork(TenantId.of(row.getString("tenant_id")),
                        JdbiOutboxStore.toEntry(row), claim.token()))
                .list();
    }

    @Override
    public int purgeFinished(Instant before, int limit) {
        var handle = transactions.platformHandle();
        int entries = handle.createUpdate("""
                        DELETE FROM outbox WHERE (tenant_id, id) IN (
                            SELECT tenant_id, id FROM outbox WHERE status <> 'pending' AND created_at < :before
                            ORDER BY created_at LIMIT :limit)""")
                .bind("before", Columns.utc(before))
                .bind("limit", limit)
                .execute();
        int turns = handle.createUpdate("""
                        DELETE FROM ai_turns WHERE (tenant_id, id) IN (
                            SELECT tenant_id, id FROM ai_turns WHERE state <> 'waiting' AND asked_at < :before
                            ORDER BY asked_at LIMIT :limit)""")
                .bind("before", Columns.utc(before))
                .bind("limit", limit)
                .execute();
        return entries + turns;
    }

    @Override
    public List<DueTurn> dueAiTurns(Instant now, int limit) {
        return transactions.platformHandle().createQuery("""
                        SELECT tenant_id, id FROM ai_turns WHERE state = 'waiting' AND deadline_at <= :now
                        ORDER BY deadline_at LIMIT :limit""")
                .bind("now", Columns.utc(now))
                .bind("limit", limit)
                .map((row, context) -> new DueTurn(TenantId.of(row.getString("tenant_id")),
                        Columns.uuid(row, "id")))
                .list();
    }
}
