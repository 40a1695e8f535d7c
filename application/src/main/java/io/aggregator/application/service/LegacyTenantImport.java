package io.aggregator.application.service;

import io.aggregator.application.port.in.LegacyImportReport.TableCount;
import io.aggregator.application.port.in.LegacyImportReport.TenantReport;
import io.aggregator.application.port.out.LegacyDatabase;
import io.aggregator.application.port.out.LegacyDatabase.LegacyBotSetting;
import io.aggregator.application.port.out.LegacyDatabase.LegacyChat;
import io.aggregator.application.port.out.LegacyDatabase.LegacyFaq;
import io.aggregator.application.port.out.LegacyDatabase.LegacyTenantSettings;
import io.aggregator.application.port.out.LegacyDatabase.LegacyUser;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.FaqTextParser;
import io.aggregator.domain.faq.FaqTextParser.QuestionAndAnswer;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.BotSetting;
import io.aggregator.domain.tenant.BotSettingKey;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** One tenant's data of the old database, copied in the tenant's transaction (the caller's). */
final class LegacyTenantImport {
    static final List<String> SYSTEM_MESSAGE_KEYS = List.of("system_message", "system message for ai");
    static final String FAQ_TEXT_KEY = "faqs";

    /** What the old database holds for one tenant. */
    record LegacyTenant(TenantId id, List<LegacyChat> chats, List<LegacyBotSetting> botSettings,
                        List<LegacyUser> users, Optional<LegacyTenantSettings> settings, List<LegacyFaq> faqs) {
    }

    private final LegacyTenant legacyTenant;
    private final LegacyImportService.Stores stores;
    private final LegacyDatabase legacy;
    private final Instant now;
    private final LegacyTenantLog log = new LegacyTenantLog();

    LegacyTenantImport(LegacyTenant legacyTenant, LegacyImportService.Stores stores, LegacyDatabase legacy, Instant now) {
        this.legacyTenant = legacyTenant;
        this.stores = stores;
        this.legacy = legacy;
        this.now = now;
    }

    /** @throws LegacyCheckFailedException when the copy does not hold, so that the transaction keeps none of it */
    TenantReport run() {
        boolean created = stores.tenants().findById(legacyTenant.id()).isEmpty();
        if (created) {
            stores.tenants().add(Tenant.create(legacyTenant.id(), legacyTenant.id().value(), now));
        }
        List<TableCount> counts = new ArrayList<>();
        counts.add(botSettings());
        counts.add(settings());
        counts.add(faqs());
        counts.add(users());
        counts.addAll(new LegacyChatImport(legacyTenant.id(), stores.chats(), stores.messages(), legacy, now, log)
                .run(legacyTenant.chats()));
        if (!log.problems.isEmpty()) {
            throw new LegacyCheckFailedException(log.problems);
        }
        return new TenantReport(legacyTenant.id().value(), created, counts, log.notes, log.skipped, List.of());
    }

    /** Every old key is kept verbatim, the system message and the FAQ text too, whatever else reads them. */
    private TableCount botSettings() {
        LegacyTally tally = new LegacyTally("bot_settings");
        for (LegacyBotSetting setting : legacyTenant.botSettings()) {
            try {
                BotSetting valid = new BotSetting(BotSettingKey.of(setting.key()),
                        setting.value() == null ? "" : setting.value());
                if (stores.botSettings().get(valid.key().value()).isPresent()) {
                    tally.alreadyHere();
                } else {
                    stores.botSettings().put(valid.key().value(), valid.value());
                    tally.added();
                }
            } catch (ValidationException e) {
                tally.skipped();
                log.skipped("bot setting '" + setting.key() + "': " + e.getMessage());
            }
        }
        return tally.count();
    }

    /**
     * The seed's settings row where there is one; the system message from it or from the old keys. A
     * tenant that has its own system message here keeps it.
     */
    private TableCount settings() {
        LegacyTally tally = new LegacyTally("tenant_settings");
        Optional<String> legacyMessage = legacySystemMessage();
        Optional<TenantSettings> stored = stores.settings().load();
        if (legacyTenant.settings().isEmpty() && legacyMessage.isEmpty()) {
            // nothing of the old database to carry; a tenant made here needs its settings all the same
            if (stored.isEmpty()) {
                stores.settings().save(TenantSettings.defaults());
            }
            return tally.count();
        }
        String storedMessage = stored.map(TenantSettings::systemMessage).orElse("");
        if (stored.isPresent() && (legacyMessage.isEmpty() || storedMessage.equals(legacyMessage.get()))) {
            tally.alreadyHere();
        } else if (stored.isPresent() && !storedMessage.isBlank()) {
            tally.alreadyHere();
            log.note("the tenant has a system message of its own here, which is kept; the old one stays in "
                    + "bot_settings");
        } else {
            TenantSettings base = stored.orElseGet(this::legacySettings);
            stores.settings().save(new TenantSettings(legacyMessage.orElse(""), base.handoverMode(),
                    base.language(), base.thresholds()));
            tally.added();
        }
        return tally.count();
    }

    private Optional<String> legacySystemMessage() {
        Optional<String> fromRow = legacyTenant.settings().map(LegacyTenantSettings::systemMessage)
                .filter(text -> !text.isBlank());
        if (fromRow.isPresent()) {
            return fromRow;
        }
        for (String key : SYSTEM_MESSAGE_KEYS) {
            Optional<String> fromKey = botSetting(key).filter(text -> !text.isBlank());
            if (fromKey.isPresent()) {
                return fromKey;
            }
        }
        return Optional.empty();
    }

    /** The seed's row where its values are valid here; each one that is not is noted and defaulted. */
    private TenantSettings legacySettings() {
        TenantSettings defaults = TenantSettings.defaults();
        if (legacyTenant.settings().isEmpty()) {
            return defaults;
        }
        LegacyTenantSettings row = legacyTenant.settings().get();
        HandoverMode mode = valid("handover_mode", () -> HandoverMode.fromCode(row.handoverMode()),
                defaults.handoverMode(), row.handoverMode() == null);
        Language language = valid("language", () -> Language.fromCode(row.language()), defaults.language(),
                row.language() == null);
        Thresholds thresholds = valid("thresholds", () -> Thresholds.fromMap(row.thresholds()),
                defaults.thresholds(), row.thresholds() == null);
        return new TenantSettings("", mode, language, thresholds);
    }

    private <T> T valid(String field, Supplier<T> read, T fallback, boolean absent) {
        if (absent) {
            return fallback;
        }
        try {
            return read.get();
        } catch (ValidationException e) {
            log.note("tenant_settings." + field + " is not valid here (" + e.getMessage() + "); the default is used");
            return fallback;
        }
    }

    /** The rows of an old {@code faqs} table, and the FAQ text where it reads as questions and answers. */
    private TableCount faqs() {
        LegacyTally tally = new LegacyTally("faqs");
        for (LegacyFaq row : legacyTenant.faqs()) {
            FaqId id = new FaqId(LegacyIds.of("faq", legacyTenant.id(), Long.toString(row.id())));
            try {
                addIfAbsent(new Faq(id, row.question(), row.answer(), Keywords.parse(row.keywords()),
                        row.priority() == null ? Faq.DEFAULT_PRIORITY : row.priority(),
                        !Boolean.FALSE.equals(row.active())), tally);
            } catch (ValidationException e) {
                tally.skipped();
                log.skipped("FAQ " + row.id() + ": " + e.getMessage());
            }
        }
        botSetting(FAQ_TEXT_KEY).filter(text -> !text.isBlank()).ifPresent(text -> faqText(text, tally));
        return tally.count();
    }

    private void faqText(String text, LegacyTally tally) {
        Optional<List<QuestionAndAnswer>> pairs = FaqTextParser.parse(text);
        String length = text.codePointCount(0, text.length()) + " characters";
        if (pairs.isEmpty()) {
            log.note("the FAQ text (" + length + ") has no question and answer structure this import reads: it is "
                    + "kept whole in bot_settings '" + FAQ_TEXT_KEY + "'");
            return;
        }
        List<Faq> faqs = new ArrayList<>();
        try {
            for (int i = 0; i < pairs.get().size(); i++) {
                QuestionAndAnswer pair = pairs.get().get(i);
                faqs.add(new Faq(new FaqId(LegacyIds.of("faq-text", legacyTenant.id(), i + "\n" + pair.question())),
                        pair.question(), pair.answer(), Keywords.none(), Faq.DEFAULT_PRIORITY, true));
            }
        } catch (ValidationException e) {
            log.note("the FAQ text (" + length + ") reads as questions and answers, but one is not a valid FAQ ("
                    + e.getMessage() + "): it is kept whole in bot_settings '" + FAQ_TEXT_KEY + "'");
            return;
        }
        faqs.forEach(faq -> addIfAbsent(faq, tally));
        log.note("the FAQ text (" + length + ") became " + faqs.size() + " FAQs; the text is also kept whole in "
                + "bot_settings '" + FAQ_TEXT_KEY + "'");
    }

    private void addIfAbsent(Faq faq, LegacyTally tally) {
        if (stores.faqs().findById(faq.id()).isPresent()) {
            tally.alreadyHere();
        } else {
            stores.faqs().add(faq);
            tally.added();
        }
    }

    /**
     * Users keep their bcrypt hashes, so their passwords keep working; an old admin is the tenant's
     * admin, never a platform admin.
     */
    private TableCount users() {
        LegacyTally tally = new LegacyTally("users");
        for (LegacyUser legacyUser : legacyTenant.users()) {
            UserId id = new UserId(LegacyIds.of("user", legacyTenant.id(), legacyUser.id()));
            if (stores.users().findById(id).isPresent()) {
                tally.alreadyHere();
                continue;
            }
            String who = "user '" + legacyUser.username() + "'";
            try {
                Username username = Username.of(legacyUser.username());
                if (stores.users().findByUsername(username).isPresent()) {
                    tally.skipped();
                    log.skipped(who + ": the tenant has another user of that name here");
                    continue;
                }
                PasswordHash hash = new PasswordHash(legacyUser.passwordHash());
                stores.users().add(new User(id, username, hash,
                        Boolean.TRUE.equals(legacyUser.admin()) ? Role.ADMIN : Role.MANAGER,
                        !Boolean.FALSE.equals(legacyUser.active()),
                        legacyUser.createdAt() == null ? now : legacyUser.createdAt()));
                tally.added();
                if (!hash.encoded().matches("\\$2[aby]?\\$.*")) {
                    log.note(who + ": the password hash is not bcrypt, so the old password will not work; an "
                            + "admin sets a new one");
                }
            } catch (ValidationException e) {
                tally.skipped();
                log.skipped(who + ": " + e.getMessage());
            }
        }
        return tally.count();
    }

    private Optional<String> botSetting(String key) {
        return legacyTenant.botSettings().stream().filter(setting -> key.equals(setting.key()))
                .map(setting -> setting.value() == null ? "" : setting.value()).findFirst();
    }
}
