package io.aggregator.application.inmemory;

import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every table of the in-memory stores, with snapshots so that a failed transaction leaves no trace. */
final class InMemoryDatabase {
    /** daily_answer_times' key */
    record AnswerTimeKey(java.time.LocalDate day, io.aggregator.domain.analytics.Responder responder, int bucket) {
    }

    /** daily_faq_hits' key */
    record FaqHitKey(java.time.LocalDate day, FaqId faq) {
    }

    final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();
    final TenantRows<TenantId, TenantSettings> settings = new TenantRows<>();
    final TenantRows<FaqId, Faq> faqs = new TenantRows<>();
    final TenantRows<TenantId, Long> faqVersions = new TenantRows<>();
    final TenantRows<TenantId, Long> configurationVersions = new TenantRows<>();
    final TenantRows<java.util.UUID, io.aggregator.application.port.out.OutboxEntry> outbox = new TenantRows<>();
    final TenantRows<ChatId, Chat> chats = new TenantRows<>();
    final TenantRows<java.util.UUID, io.aggregator.application.port.out.ChatTransitionStore.Recorded> transitions =
            new TenantRows<>();
    final TenantRows<MessageId, Message> messages = new TenantRows<>();
    /** chats.unread_count; a chat without an entry has none unread */
    final TenantRows<ChatId, Integer> unread = new TenantRows<>();
    final TenantRows<UserId, User> users = new TenantRows<>();
    final TenantRows<String, Session> sessions = new TenantRows<>();
    final TenantRows<IntegrationKeyId, IntegrationKey> integrationKeys = new TenantRows<>();
    final TenantRows<String, String> botSettings = new TenantRows<>();
    final TenantRows<TenantId, io.aggregator.application.port.out.StoredIntegration> integration = new TenantRows<>();
    final TenantRows<java.util.UUID, io.aggregator.application.port.out.AiTurn> aiTurns = new TenantRows<>();
    final TenantRows<String, java.time.Instant> receivedWebhooks = new TenantRows<>();
    /** outbox.claim_token of the entries being sent */
    final TenantRows<java.util.UUID, java.util.UUID> outboxClaims = new TenantRows<>();
    final TenantRows<ChatId, io.aggregator.domain.analytics.ChatWait> chatWaits = new TenantRows<>();
    final TenantRows<java.time.LocalDate, Long> activeChats = new TenantRows<>();
    final TenantRows<AnswerTimeKey, Long> answerTimes = new TenantRows<>();
    final TenantRows<FaqHitKey, Long> faqHits = new TenantRows<>();
    final Map<UserId, PlatformAdmin> platformAdmins = new LinkedHashMap<>();
    final Map<String, Session> platformSessions = new LinkedHashMap<>();

    private List<TenantRows<?, ?>> tenantTables() {
        return List.of(settings, unread, transitions, faqs, faqVersions, configurationVersions, outbox, chats, messages, users, sessions,
                integrationKeys, botSettings, integration, aiTurns, receivedWebhooks, outboxClaims, chatWaits, activeChats, answerTimes, faqHits);
    }

    /** Like the triggers on the settings tables: a change raises the tenant's configuration version. */
    void raiseConfigurationVersion(TenantId tenant) {
        configurationVersions.of(tenant).merge(tenant, 1L, Long::sum);
    }

    /** A deep copy: the tables' rows are immutable records, so copying the maps copies everything. */
    InMemoryDatabase snapshot() {
        InMemoryDatabase copy = new InMemoryDatabase();
        copy.restore(this);
        return copy;
    }

    /** Makes this database a copy of {@code other}, table by table. */
    void restore(InMemoryDatabase other) {
        replace(tenants, other.tenants);
        replace(platformAdmins, other.platformAdmins);
        replace(platformSessions, other.platformSessions);
        List<TenantRows<?, ?>> mine = tenantTables();
        List<TenantRows<?, ?>> theirs = other.tenantTables();
        for (int i = 0; i < mine.size(); i++) {
            copyTable(mine.get(i), theirs.get(i));
        }
    }

    private static <K, V> void replace(Map<K, V> table, Map<K, V> rows) {
        table.clear();
        table.putAll(rows);
    }

    /** The two lists of tables are made by the same method, so the types at each position agree. */
    @SuppressWarnings("unchecked")
    private static <K, V> void copyTable(TenantRows<K, V> into, TenantRows<?, ?> from) {
        into.restore(((TenantRows<K, V>) from).copy());
    }

    /** Like the cascading foreign keys: a tenant's rows go with it. */
    void deleteTenant(TenantId tenant) {
        tenants.remove(tenant);
        tenantTables().forEach(table -> table.removeTenant(tenant));
    }
}
