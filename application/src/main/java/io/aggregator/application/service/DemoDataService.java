package io.aggregator.application.service;

import io.aggregator.application.port.in.SeedDemoDataUseCase;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.application.port.out.UserStore;
import io.aggregator.domain.access.GeneratedPassword;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The design document's two example businesses, created once per database. */
public final class DemoDataService implements SeedDemoDataUseCase {
    static final String ADMIN_USERNAME = "admin";

    private record DemoTenant(Tenant tenant, TenantSettings settings, List<Faq> faqs) {
    }

    private final Transactions transactions;
    private final TenantStore tenants;
    private final TenantSettingsStore settings;
    private final FaqStore faqs;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public DemoDataService(Transactions transactions, TenantStore tenants, TenantSettingsStore settings,
                           FaqStore faqs, UserStore users, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.settings = settings;
        this.faqs = faqs;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public List<CreatedTenant> seedDemoData() {
        List<CreatedTenant> created = new ArrayList<>();
        for (DemoTenant demo : demoTenants()) {
            String password = GeneratedPassword.create();
            try {
                if (transactions.inTenant(demo.tenant().id(), () -> addIfAbsent(demo, password))) {
                    created.add(new CreatedTenant(demo.tenant().id(), ADMIN_USERNAME, password));
                }
            } catch (ConflictException raceLost) {
                // another node created the same demo tenant at the same moment: it is there, as wanted
            }
        }
        return created;
    }

    /** The tenant, its settings, FAQs and admin, all or nothing in the caller's transaction. */
    private boolean addIfAbsent(DemoTenant demo, String adminPassword) {
        if (tenants.findById(demo.tenant().id()).isPresent()) {
            return false;
        }
        tenants.add(demo.tenant());
        settings.save(demo.settings());
        demo.faqs().forEach(faqs::add);
        users.add(new User(UserId.newId(), Username.of(ADMIN_USERNAME), hasher.hash(adminPassword), Role.ADMIN, true,
                clock.instant()));
        return true;
    }

    private List<DemoTenant> demoTenants() {
        return List.of(
                new DemoTenant(
                        Tenant.create(TenantId.of("coffee_shop_123"), "Coffee Shop", clock.instant()),
                        new TenantSettings("You are a friendly coffee shop assistant. Help customers with orders, "
                                + "menu questions, and store hours.", HandoverMode.ASK, Language.EN,
                                Thresholds.fromMap(Map.of("response_timeout", 30, "max_responses", 5))),
                        List.of(
                                faq("What are your opening hours?", "We open 7am-9pm daily", "hours, opening, time"),
                                faq("Do you have vegan options?",
                                        "Yes! We offer oat milk, almond milk, and vegan pastries",
                                        "vegan, dairy-free, plant-based"))),
                new DemoTenant(
                        Tenant.create(TenantId.of("tech_support_456"), "Tech Support",
                                clock.instant()),
                        new TenantSettings("You are a technical support specialist. Help users with software "
                                + "issues, account problems, and technical questions.", HandoverMode.IMMEDIATE,
                                Language.EN, Thresholds.fromMap(Map.of(
                                        "response_timeout", 60, "max_responses", 10, "escalation_threshold", 0.8))),
                        List.of(
                                faq("How do I reset my password?", "Go to login page and click \"Forgot Password\"",
                                        "password, reset, forgot"),
                                faq("Why is my app crashing?", "Try clearing cache and restarting the app",
                                        "crash, error, restart, cache"))));
    }

    private static Faq faq(String question, String answer, String keywords) {
        return new Faq(FaqId.newId(), question, answer, Keywords.parse(keywords), Faq.DEFAULT_PRIORITY, true);
    }
}
