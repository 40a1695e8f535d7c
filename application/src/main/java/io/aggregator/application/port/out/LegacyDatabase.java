package io.aggregator.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The single-tenant system's database, read and never written. Its tables differ between
 * installations: {@code tenant_id} columns, {@code users}, {@code tenant_settings} and {@code faqs} may
 * be missing, and reads of what is missing answer nothing. Values are as stored (nulls included): a
 * tenant id of null means the installation had no {@code tenant_id} column.
 */
public interface LegacyDatabase {

    /** Which optional tables and columns this database has, such as {@code chats.tenant_id} or {@code users}. */
    List<String> optionalPartsFound();

    /** Every chat, ordered by id. */
    List<LegacyChat> chats();

    /** One chat's messages in the order they came: by time, then id. */
    List<LegacyMessage> messages(long chatId);

    List<LegacyBotSetting> botSettings();

    List<LegacyUser> users();

    List<LegacyTenantSettings> tenantSettings();

    /** The rows of a {@code faqs} table, ordered by id. */
    List<LegacyFaq> faqs();

    /** A row of {@code chats}. {@code userId} is a display id such as {@code Anna [123456789]}. */
    record LegacyChat(long id, String uuid, String tenantId, String userId, String name, Boolean ai,
                      Boolean waiting, List<String> tags, String messager, Boolean awaitingManagerConfirmation,
                      Instant createdAt, Instant updatedAt, Instant lastClientMessageAt, Boolean hidden,
                      String sessionId) {
    }

    /** A row of {@code messages}: {@code type} is {@code question} (the customer's) or {@code answer}. */
    record LegacyMessage(long id, long chatId, Instant createdAt, String text, String type, Boolean ai,
                         Boolean image) {
    }

    record LegacyBotSetting(String tenantId, String key, String value) {
    }

    /** A row of {@code users}; {@code id} is its key as text (the username where there is no id column). */
    record LegacyUser(String id, String tenantId, String username, String email, String passwordHash,
                      Boolean admin, Boolean active, Instant createdAt) {
    }

    /** A row of the seed's {@code tenant_settings}; {@code thresholds} as read from its JSON. */
    record LegacyTenantSettings(String tenantId, String systemMessage, String handoverMode, String language,
                                Map<String, Object> thresholds) {
    }

    /** A row of the seed's {@code faqs}. */
    record LegacyFaq(long id, String tenantId, String question, String answer, String keywords, Integer priority,
                     Boolean active) {
    }
}
