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
    final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();
    final TenantRows<TenantId, TenantSettings> settings = new TenantRows<>();
    final TenantRows<FaqId, Faq> faqs = new TenantRows<>();
    final TenantRows<TenantId, Long> faqVersions = new TenantRows<>();
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
    final Map<UserId, PlatformAdmin> platformAdmins = new LinkedHashMap<>();
    final Map<String, Session> platformSessions = new LinkedHashMap<>();

    private List<TenantRows<?, ?>> tenantTables() {
        return List.of(settings, unread, transitions, faqs, faqVersions, outbox, chats, messages, users, sessions,
                integrationKeys, botSettings);
    }

    InMemoryDatabase snapshot() {
        InMemoryDatabase copy = new InMemoryDatabase();
        copy.tenants.putAll(tenants);
        copy.settings.restore(settings.copy());
        copy.faqs.restore(faqs.copy());
        copy.faqVersions.restore(faqVersions.copy());
        copy.outbox.restore(outbox.copy());
        copy.chats.restore(chats.copy());
        copy.transitions.restore(transitions.copy());
        copy.messages.restore(messages.copy());
        copy.unread.restore(unread.copy());
        copy.users.restore(users.copy());
        copy.sessions.restore(sessions.copy());
        copy.integrationKeys.restore(integrationKeys.copy());
        copy.botSettings.restore(botSettings.copy());
        copy.platformAdmins.putAll(platformAdmins);
        copy.platformSessions.putAll(platformSessions);
        return copy;
    }

    void restore(InMemoryDatabase snapshot) {
        tenants.clear();
        tenants.putAll(snapshot.tenants);
        settings.restore(snapshot.settings);
        faqs.restore(snapshot.faqs);
        faqVersions.restore(snapshot.faqVersions);
        outbox.restore(snapshot.outbox);
        chats.restore(snapshot.chats);
        transitions.restore(snapshot.transitions);
        messages.restore(snapshot.messages);
        unread.restore(snapshot.unread);
        users.restore(snapshot.users);
        sessions.restore(snapshot.sessions);
        integrationKeys.restore(snapshot.integrationKeys);
        botSettings.restore(snapshot.botSettings);
        platformAdmins.clear();
        platformAdmins.putAll(snapshot.platformAdmins);
        platformSessions.clear();
        platformSessions.putAll(snapshot.platformSessions);
    }

    /** Like the cascading foreign keys: a tenant's rows go with it. */
    void deleteTenant(TenantId tenant) {
        tenants.remove(tenant);
        tenantTables().forEach(table -> table.removeTenant(tenant));
    }
}
