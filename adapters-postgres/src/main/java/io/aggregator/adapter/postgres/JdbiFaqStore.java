package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.FaqStore;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

final class JdbiFaqStore implements FaqStore {
    private static final String COLUMNS = "id, question, answer, keywords, priority, is_active";
    private static final String ORDER = " ORDER BY priority DESC, id";

    private final TenantStatements sql;

    JdbiFaqStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(Faq faq) {
        SqlErrors.translate(() -> bindFaq(sql.update(
                "INSERT INTO faqs (tenant_id, " + COLUMNS + ") "
                        + "VALUES (:tenant, :id, :question, :answer, :keywords, :priority, :active)"), faq)
                .execute());
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

    private List<Faq> list(String select) {
        return sql.query(select)
                .map((row, context) -> toFaq(row))
                .list();
    }

    private Update bindFaq(Update update, Faq faq) {
        return update.bind("id", faq.id().value())
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
}
