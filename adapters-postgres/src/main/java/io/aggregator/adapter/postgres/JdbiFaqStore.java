package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.FaqPage;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

final class JdbiFaqStore implements FaqStore {
    private static final String COLUMNS = "id, question, answer, keywords, priority, is_active";
    private static final String ORDER = " ORDER BY priority DESC, id";
    private static final String INSERT = "INSERT INTO faqs (tenant_id, " + COLUMNS + ") "
            + "VALUES (:tenant, :id, :question, :answer, :keywords, :priority, :active)";

    private final TenantStatements sql;

    JdbiFaqStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(Faq faq) {
        SqlErrors.translate(() -> bindFaq(sql.update(INSERT), faq).execute());
    }

    @Override
    public void addAll(List<Faq> faqs) {
        SqlErrors.translate(() -> sql.batch(INSERT, faqs, JdbiFaqStore::bindFaq));
    }

    @Override
    public boolean update(Faq faq) {
        return bindFaq(sql.update("""
                        UPDATE faqs SET question = :question, answer = :answer, keywords = :keywords,
                            priority = :priority, is_active = :active, updated_at = now()
                        WHERE tenant_id = :tenant AND id = :id"""), faq)
                .execute() == 1;
    }

    @Override
    public boolean delete(FaqId id) {
        return sql.update("DELETE FROM faqs WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .execute() == 1;
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
        return sql.query("SELECT " + COLUMNS + " FROM faqs WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .map((row, context) -> toFaq(row))
                .findOne();
    }

    @Override
    public List<Faq> listAll() {
        return list("SELECT " + COLUMNS + " FROM faqs WHERE tenant_id = :tenant" + ORDER);
    }

    @Override
    public List<Faq> listActive() {
        return list("SELECT " + COLUMNS + " FROM faqs WHERE tenant_id = :tenant AND is_active" + ORDER);
    }

    @Override
    public FaqPage page(FaqQuery query) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = :tenant");
        if (query.active() != null) {
            where.append(" AND is_active = :active");
        }
        if (query.search() != null) {
            // backslash is LIKE's default escape character; a NULL keywords column simply does not match
            where.append(" AND (question ILIKE :pattern OR answer ILIKE :pattern OR keywords ILIKE :pattern)");
        }
        if (query.after() != null) {
            // the order is mixed (priority DESC, id ASC), so no row comparison; the first condition
            // bounds the index range scan, the second drops the cursor's own priority's earlier ids
            where.append(" AND priority <= :afterPriority"
                    + " AND (priority < :afterPriority OR id > :afterId)");
        }
        Query select = sql.query("SELECT " + COLUMNS + " FROM faqs" + where + ORDER + " LIMIT :limit")
                .bind("limit", query.limit() + 1);
        if (query.active() != null) {
            select.bind("active", query.active().booleanValue());
        }
        if (query.search() != null) {
            select.bind("pattern", "%" + literalForLike(query.search()) + "%");
        }
        if (query.after() != null) {
            select.bind("afterPriority", query.after().priority()).bind("afterId", query.after().id().value());
        }
        return FaqPage.of(select.map((row, context) -> toFaq(row)).list(), query.limit());
    }

    /** The text matched as it is: LIKE's wildcards and its escape character lose their meaning. */
    private static String literalForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<Faq> list(String select) {
        return sql.query(select)
                .map((row, context) -> toFaq(row))
                .list();
    }

    private static <S extends SqlStatement<S>> S bindFaq(S statement, Faq faq) {
        return statement.bind("id", faq.id().value())
                .bind("question", faq.question())
                .bind("answer", faq.answer())
                .bind("keywords", faq.keywords().isEmpty() ? null : faq.keywords().asText())
                .bind("priority", faq.priority())
                .bind("active", faq.active());
    }

    private static Faq toFaq(ResultSet row) throws SQLException {
        return new Faq(new FaqId(Columns.uuid(row, "id")), row.getString("question"), row.getString("answer"),
                Keywords.parse(row.getString("keywords")), row.getInt("priority"), row.getBoolean("is_active"));
    }

    @Override
    public long version() {
        // raised by triggers on faqs, whatever writes them
        return sql.query("SELECT version FROM faq_versions WHERE tenant_id = :tenant")
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }
}
