package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.LegacyDatabase;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The single-tenant system's PostgreSQL, read in one read-only transaction: the import sees one
 * consistent state of it even if the old system still writes, and cannot change it. Which of the
 * optional tables and columns exist is read from {@code information_schema} once; a column that is
 * missing reads as null. A {@code timestamp without time zone} is taken as UTC.
 */
public final class JdbiLegacyDatabase implements LegacyDatabase, AutoCloseable {
    private static final List<String> OPTIONAL_TABLES = List.of("bot_settings", "users", "tenant_settings", "faqs");
    private static final List<String> INTEGER_TYPES = List.of("integer", "bigint", "smallint", "numeric");

    private final Handle handle;
    /** Table, then column, then its data type as information_schema names it. */
    private final Map<String, Map<String, String>> tables;

    private JdbiLegacyDatabase(Handle handle, Map<String, Map<String, String>> tables) {
        this.handle = handle;
        this.tables = tables;
    }

    /**
     * @throws IllegalStateException if the database is not the old system's: it has no {@code chats}
     *         and {@code messages} with numbered rows
     */
    public static JdbiLegacyDatabase open(DataSource dataSource) {
        Handle handle = Jdbi.create(dataSource).open();
        try {
            handle.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            Map<String, Map<String, String>> tables = new HashMap<>();
            handle.createQuery("""
                            SELECT c.table_name, c.column_name, c.data_type
                            FROM information_schema.columns c
                            JOIN information_schema.tables t
                                ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'""")
                    .map((row, context) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
                    .forEach(column -> tables.computeIfAbsent(column.get(0), table -> new HashMap<>())
                            .put(column.get(1), column.get(2)));
            requireNumbered(tables, "chats", "id");
            requireNumbered(tables, "messages", "id");
            requireNumbered(tables, "messages", "chat_id");
            return new JdbiLegacyDatabase(handle, tables);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    private static void requireNumbered(Map<String, Map<String, String>> tables, String table, String column) {
        String type = tables.getOrDefault(table, Map.of()).get(column);
        if (type == null) {
            throw new IllegalStateException("the old database has no column " + table + "." + column
                    + ": is it the single-tenant system's database (and its schema the connection's search_path)?");
        }
        if (!INTEGER_TYPES.contains(type)) {
            throw new IllegalStateException(table + "." + column + " of the old database is " + type
                    + ", where the single-tenant system numbered its rows");
        }
    }

    @Override
    public List<String> optionalPartsFound() {
        List<String> found = new ArrayList<>();
        for (String table : List.of("chats", "messages", "bot_settings")) {
            if (has(table, "tenant_id")) {
                found.add(table + ".tenant_id");
            }
        }
        OPTIONAL_TABLES.stream().filter(table -> !table.equals("bot_settings") && tables.containsKey(table))
                .forEach(found::add);
        return found;
    }

    @Override
    public List<LegacyChat> chats() {
        return select("chats", "ORDER BY id", (row, context) -> new LegacyChat(row.getLong("id"),
                row.getString("uuid"), row.getString("tenant_id"), row.getString("user_id"), row.getString("name"),
                bool(row, "ai"), bool(row, "waiting"), texts(row, "tags"), row.getString("messager"),
                bool(row, "is_awaiting_manager_confirmation"), Columns.instant(row, "created_at"),
                Columns.instant(row, "updated_at"), Columns.instant(row, "last_client_message_at"),
                bool(row, "hidden"), row.getString("session_id")),
                "id", "uuid:text", "tenant_id:text", "user_id:text", "name:text", "ai", "waiting", "tags",
                "messager:text", "is_awaiting_manager_confirmation", "created_at", "updated_at",
                "last_client_message_at", "hidden", "session_id:text");
    }

    @Override
    public List<LegacyMessage> messages(long chatId) {
        return handle.createQuery(selectSql("messages", "WHERE chat_id = :chatId ORDER BY created_at, id",
                        "id", "chat_id", "created_at", "message:text", "message_type:text", "ai", "is_image"))
                .bind("chatId", chatId)
                .map((row, context) -> new LegacyMessage(row.getLong("id"), row.getLong("chat_id"),
                        Columns.instant(row, "created_at"), row.getString("message"),
                        row.getString("message_type"), bool(row, "ai"), bool(row, "is_image")))
                .list();
    }

    @Override
    public List<LegacyBotSetting> botSettings() {
        return select("bot_settings", "ORDER BY key", (row, context) -> new LegacyBotSetting(
                row.getString("tenant_id"), row.getString("key"), row.getString("value")),
                "tenant_id:text", "key:text", "value:text");
    }

    /** A user is known by its id, or by its username where the table has no id. */
    @Override
    public List<LegacyUser> users() {
        return select("users", "ORDER BY username", (row, context) -> new LegacyUser(
                row.getString("id") != null ? row.getString("id") : row.getString("username"),
                row.getString("tenant_id"), row.getString("username"), row.getString("email"),
                row.getString("password_hash"), bool(row, "is_admin"), bool(row, "is_active"),
                Columns.instant(row, "created_at")),
                "id:text", "username:text", "tenant_id:text", "email:text", "password_hash:text", "is_admin",
                "is_active", "created_at");
    }

    @Override
    public List<LegacyTenantSettings> tenantSettings() {
        return select("tenant_settings", "ORDER BY tenant_id", (row, context) -> new LegacyTenantSettings(
                row.getString("tenant_id"), row.getString("system_message"), row.getString("handover_mode"),
                row.getString("language"), thresholds(row.getString("thresholds"))),
                "tenant_id:text", "system_message:text", "handover_mode:text", "language:text", "thresholds:text");
    }

    @Override
    public List<LegacyFaq> faqs() {
        return select("faqs", "ORDER BY id", (row, context) -> new LegacyFaq(row.getLong("id"),
                row.getString("tenant_id"), row.getString("question"), row.getString("answer"),
                row.getString("keywords"), (Integer) row.getObject("priority"), bool(row, "is_active")),
                "id", "tenant_id:text", "question:text", "answer:text", "keywords:text", "priority:integer",
                "is_active");
    }

    /** Ends the read-only transaction and gives the connection back. */
    @Override
    public void close() {
        try {
            handle.execute("ROLLBACK");
        } finally {
            handle.close();
        }
    }

    private <T> List<T> select(String table, String order, RowMapper<T> mapper, String... columns) {
        if (!tables.containsKey(table)) {
            return List.of();
        }
        return handle.createQuery(selectSql(table, order, columns)).map(mapper).list();
    }

    /**
     * Each column as {@code name} or {@code name:type} (cast to that type); a column the table lacks
     * is selected as NULL under its name, a timestamp without time zone as UTC.
     */
    private String selectSql(String table, String rest, String... columns) {
        List<String> expressions = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split(":");
            String name = parts[0];
            String type = tables.get(table).get(name);
            if (type == null) {
                expressions.add("NULL AS " + name);
            } else if (type.equals("timestamp without time zone")) {
                expressions.add(name + " AT TIME ZONE 'UTC' AS " + name);
            } else if (parts.length == 2) {
                expressions.add("CAST(" + name + " AS " + parts[1] + ") AS " + name);
            } else {
                expressions.add(name);
            }
        }
        return "SELECT " + String.join(", ", expressions) + " FROM " + table + " " + rest;
    }

    private boolean has(String table, String column) {
        return tables.getOrDefault(table, Map.of()).containsKey(column);
    }

    /** Booleans as booleans, or as the numbers 0 and 1 some schemas used. */
    private static Boolean bool(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        if (value instanceof Number number) {
            return number.intValue() != 0;
        }
        return value == null ? null : (Boolean) value;
    }

    /** An array column, or a text column read as one value. */
    private static List<String> texts(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        if (value instanceof Array array) {
            return Arrays.stream((Object[]) array.getArray()).filter(Objects::nonNull).map(Object::toString).toList();
        }
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
    }

    /** Thresholds that are no JSON object read as none; the import then keeps the defaults. */
    private static Map<String, Object> thresholds(String json) {
        try {
            return json == null ? null : JsonColumns.object(json);
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }
}
