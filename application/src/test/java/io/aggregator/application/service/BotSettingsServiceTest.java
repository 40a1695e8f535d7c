package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.domain.tenant.BotSetting;
import io.aggregator.domain.tenant.BotSettingKey;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BotSettingsServiceTest {
    private static final TenantId SHOP = TenantId.of("coffee_shop_123");
    private static final TenantId DESK = TenantId.of("tech_support_456");
    private static final BotSettingKey SYSTEM_MESSAGE = BotSettingKey.of("system message for ai");

    private final StorePorts ports = InMemoryStores.create();
    private final BotSettingsService service = new BotSettingsService(ports.transactions(), ports.tenants(),
            ports.botSettings());

    @BeforeEach
    void twoTenants() {
        for (TenantId tenant : new TenantId[] {SHOP, DESK}) {
            ports.transactions().runInTenant(tenant, () -> ports.tenants().add(Tenant.create(tenant, "T", Instant.now())));
        }
    }

    @Test
    void settingsArePutReplacedReadListedAndDeletedPerTenant() {
        service.put(SHOP, new BotSetting(SYSTEM_MESSAGE, "You are a barista."));
        service.put(SHOP, new BotSetting(BotSettingKey.of("приветствие"), "Здравствуйте!"));
        service.put(SHOP, new BotSetting(SYSTEM_MESSAGE, "You are a friendly barista."));

        assertThat(service.get(SHOP, SYSTEM_MESSAGE).value()).isEqualTo("You are a friendly barista.");
        assertThat(service.list(SHOP)).containsExactly(Map.entry("system message for ai", "You are a friendly barista."),
                Map.entry("приветствие", "Здравствуйте!"));
        assertThat(service.list(DESK)).isEmpty();
        assertThatThrownBy(() -> service.get(DESK, SYSTEM_MESSAGE)).isInstanceOf(NotFoundException.class);

        service.delete(SHOP, SYSTEM_MESSAGE);
        assertThat(service.list(SHOP)).containsOnlyKeys("приветствие");
    }

    @Test
    void deletingAMissingSettingOrUsingAMissingTenantIsNotFound() {
        assertThatThrownBy(() -> service.delete(SHOP, SYSTEM_MESSAGE)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("system message for ai");
        assertThatThrownBy(() -> service.put(TenantId.of("no_such_shop"), new BotSetting(SYSTEM_MESSAGE, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(TenantId.of("no_such_shop"))).isInstanceOf(NotFoundException.class);
    }
}
