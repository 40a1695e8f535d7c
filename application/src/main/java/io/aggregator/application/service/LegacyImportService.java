package io.aggregator.application.service;

import io.aggregator.application.port.in.ImportLegacyDataUseCase;
import io.aggregator.application.port.in.LegacyImportReport;
import io.aggregator.application.port.in.LegacyImportReport.TenantReport;
import io.aggregator.application.port.out.BotSettingStore;
import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.LegacyDatabase;
import io.aggregator.application.port.out.LegacyDatabase.LegacyBotSetting;
import io.aggregator.application.port.out.LegacyDatabase.LegacyChat;
import io.aggregator.application.port.out.LegacyDatabase.LegacyFaq;
import io.aggregator.application.port.out.LegacyDatabase.LegacyTenantSettings;
import io.aggregator.application.port.out.LegacyDatabase.LegacyUser;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.UserStore;
import io.aggregator.application.service.LegacyTenantImport.LegacyTenant;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the single-tenant system's database tenant by tenant, each in one transaction: a tenant is
 * imported whole or not at all, and a failing tenant leaves the others as they are. Every id is
 * derived from the old row's, and rows already here are left alone, so running it again adds only
 * what is missing.
 */
public final class LegacyImportService implements ImportLegacyDataUseCase {
    /** Where the old system's rows go when its tables have no {@code tenant_id}. */
    static final String DEFAULT_TENANT = "default";

    /** The stores the import writes through. */
    public record Stores(TenantStore tenants, TenantSettingsStore settings, BotSettingStore botSettings,
                         FaqStore faqs, UserStore users, ChatStore chats, MessageStore messages) {
    }

    private final LegacyDatabase legacy;
    private final Transactions transactions;
    private final Stores stores;
    private final Clock clock;

    public LegacyImportService(LegacyDatabase legacy, Transactions transactions, Stores stores,
                               Clock clock) {
        this.legacy = legacy;
        this.transactions = transactions;
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public LegacyImportReport importLegacyData() {
        Map<String, List<LegacyChat>> chats = byTenant(legacy.chats(), LegacyChat::tenantId);
        Map<String, List<LegacyBotSetting>> botSettings = byTenant(legacy.botSettings(), LegacyBotSetting::tenantId);
        Map<String, List<LegacyUser>> users = byTenant(legacy.users(), LegacyUser::tenantId);
        Map<String, List<LegacyTenantSettings>> settings = byTenant(legacy.tenantSettings(),
                LegacyTenantSettings::tenantId);
        Map<String, List<LegacyFaq>> faqs = byTenant(legacy.faqs(), LegacyFaq::tenantId);
        TreeSet<String> tenants = new TreeSet<>();
        List.of(chats, botSettings, users, settings, faqs).forEach(rows -> tenants.addAll(rows.keySet()));
        if (tenants.isEmpty()) {
            tenants.add(DEFAULT_TENANT);
        }
        List<TenantReport> reports = new ArrayList<>();
        for (String tenant : tenants) {
            reports.add(importTenant(tenant, chats.getOrDefault(tenant, List.of()),
                    botSettings.getOrDefault(tenant, List.of()), users.getOrDefault(tenant, List.of()),
                    settings.getOrDefault(tenant, List.of()).stream().findFirst(),
                    faqs.getOrDefault(tenant, List.of())));
        }
        return new LegacyImportReport(legacy.optionalPartsFound(), reports);
    }

    private TenantReport importTenant(String tenant, List<LegacyChat> chats, List<LegacyBotSetting> botSettings,
                                      List<LegacyUser> users, Optional<LegacyTenantSettings> settings,
                                      List<LegacyFaq> faqs) {
        TenantId id;
        try {
            id = TenantId.of(tenant);
        } catch (ValidationException e) {
            return TenantReport.failed(tenant, List.of("'" + tenant + "' cannot be a tenant here (" + e.getMessage()
                    + "), so its " + chats.size() + " chats and everything else of it were not imported"));
        }
        LegacyTenant legacyTenant = new LegacyTenant(id, chats, botSettings, users, settings, faqs);
        try {
            return transactions.inTenant(id,
                    () -> new LegacyTenantImport(legacyTenant, stores, legacy, clock.instant()).run());
        } catch (LegacyCheckFailedException e) {
            return TenantReport.failed(tenant, e.problems());
        } catch (RuntimeException e) {
            // one tenant failing (a database error, say) leaves the others to be imported
            return TenantReport.failed(tenant, List.of("the import failed and kept nothing of this tenant: "
                    + e.getMessage()));
        }
    }

    /** Rows by the tenant their {@code tenant_id} names, {@code default} where it names none. */
    private static <T> Map<String, List<T>> byTenant(List<T> rows, Function<T, String> tenant) {
        return rows.stream().collect(Collectors.groupingBy(
                row -> tenant.apply(row) == null || tenant.apply(row).isBlank() ? DEFAULT_TENANT
                        : tenant.apply(row).strip(),
                TreeMap::new, Collectors.toList()));
    }
}
