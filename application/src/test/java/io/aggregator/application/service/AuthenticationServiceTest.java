package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.FakePasswordHasher;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.port.in.AccessDeniedException;
import io.aggregator.application.port.in.AuthenticateUseCase.LoginCommand;
import io.aggregator.application.port.in.AuthenticationFailedException;
import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.TooManyRequestsException;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
    private static final TenantId SHOP = TenantId.of("coffee_shop_123");
    private static final String PASSWORD = "long enough secret";

    private final StorePorts ports = InMemoryStores.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final AuthenticationService auth = new AuthenticationService(ports.transactions(), ports.tenants(),
            ports.users(), ports.platformAdmins(), ports.sessions(), ports.integrationKeys(), hasher,
            new LoginThrottle(clock), clock, Duration.ofHours(12));
    private User anna;

    @BeforeEach
    void aShopWithAnAdminAndAPlatformAdmin() {
        anna = new User(UserId.newId(), Username.of("anna"), hasher.hash(PASSWORD), Role.ADMIN, true, clock.instant());
        ports.transactions().runInTenant(SHOP, () -> {
            ports.tenants().add(Tenant.create(SHOP, "Coffee Shop", clock.instant()));
            ports.users().add(anna);
        });
        ports.transactions().inPlatform(() -> {
            ports.platformAdmins().add(new PlatformAdmin(UserId.newId(), Username.of("root"), hasher.hash(PASSWORD),
                    clock.instant()));
            return null;
        });
    }

    private LoginCommand login(TenantId tenant, String username, String password) {
        return new LoginCommand(tenant, username, password, "10.0.0.1");
    }

    @Test
    void aTenantUserLogsInAndTheTokenAuthenticatesThem() {
        var result = auth.logIn(login(SHOP, "Anna", PASSWORD));

        Caller caller = auth.authenticate(result.sessionToken());
        assertThat(caller).isInstanceOfSatisfying(Caller.TenantUser.class, user -> {
            assertThat(user.tenant()).isEqualTo(SHOP);
            assertThat(user.role()).isEqualTo(Role.ADMIN);
            assertThat(user.csrfTokenHash()).isEqualTo(AccessToken.sha256(result.csrfToken()));
        });
        assertThat(result.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(12)));
    }

    @Test
    void aPlatformAdminLogsInWithoutATenant() {
        var result = auth.logIn(login(null, "root", PASSWORD));

        assertThat(auth.authenticate(result.sessionToken())).isInstanceOf(Caller.PlatformAdmin.class);
        assertThat(result.sessionToken()).startsWith("s..");
    }

    @Test
    void everyWrongLoginFailsWithTheSameMessage() {
        var wrongPassword = catchMessage(login(SHOP, "anna", "not the password"));
        var unknownUser = catchMessage(login(SHOP, "nobody", PASSWORD));
        var unknownTenant = catchMessage(login(TenantId.of("no_such_shop"), "anna", PASSWORD));
        var malformedUser = catchMessage(login(SHOP, "a b", PASSWORD));

        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo(unknownTenant).isEqualTo(malformedUser)
                .isEqualTo(AuthenticationService.LOGIN_FAILED);
    }

    private String catchMessage(LoginCommand command) {
        try {
            auth.logIn(command);
            throw new AssertionError("login should have failed");
        } catch (AuthenticationFailedException e) {
            return e.getMessage();
        }
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> auth.logIn(login(SHOP, "anna", "wrong password!")))
                    .isInstanceOf(AuthenticationFailedException.class);
        }

        assertThatThrownBy(() -> auth.logIn(login(SHOP, "anna", PASSWORD))).isInstanceOf(TooManyRequestsException.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(auth.logIn(login(SHOP, "anna", PASSWORD)).sessionToken()).isNotBlank();
    }

    @Test
    void aSuspendedTenantsUsersAndKeysAreRefusedButItsDataStays() {
        var session = auth.logIn(login(SHOP, "anna", PASSWORD));
        AccessToken key = AccessToken.newIntegrationKey(SHOP);
        ports.transactions().runInTenant(SHOP, () -> {
            ports.integrationKeys().add(new IntegrationKey(IntegrationKeyId.newId(), "n8n", key.displayPrefix(),
                    key.hash(), anna.id(), clock.instant(), null, null));
            ports.tenants().update(ports.tenants().findById(SHOP).orElseThrow().withStatus(TenantStatus.SUSPENDED));
        });

        assertThatThrownBy(() -> auth.authenticate(session.sessionToken())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auth.authenticate(key.reveal())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auth.logIn(login(SHOP, "anna", PASSWORD))).isInstanceOf(AccessDeniedException.class);
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.users().findById(anna.id()))).isPresent();
    }

    @Test
    void anIntegrationKeyActsForItsTenantAndRecordsItsUseUntilRevoked() {
        AccessToken token = AccessToken.newIntegrationKey(SHOP);
        IntegrationKey key = new IntegrationKey(IntegrationKeyId.newId(), "n8n", token.displayPrefix(), token.hash(),
                anna.id(), clock.instant(), null, null);
        ports.transactions().runInTenant(SHOP, () -> ports.integrationKeys().add(key));

        assertThat(auth.authenticate(token.reveal())).isEqualTo(new Caller.IntegrationKey(SHOP, key.id(), "n8n", null));
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.integrationKeys().findById(key.id())).orElseThrow()
                .lastUsedAt()).isEqualTo(clock.instant());

        ports.transactions().runInTenant(SHOP, () -> ports.integrationKeys().update(new IntegrationKey(key.id(),
                key.name(), key.prefix(), key.keyHash(), key.createdBy(), key.createdAt(), null, clock.instant())));
        assertThatThrownBy(() -> auth.authenticate(token.reveal())).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aKeyOrSessionNamingAnotherTenantOpensNothing() {
        var session = auth.logIn(login(SHOP, "anna", PASSWORD));
        String forged = session.sessionToken().replace("s.coffee_shop_123.", "s.other_shop.");

        assertThatThrownBy(() -> auth.authenticate(forged)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> auth.authenticate("garbage")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> auth.authenticate(null)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void sessionsExpireAndLogOutEndsThem() {
        var first = auth.logIn(login(SHOP, "anna", PASSWORD));
        var second = auth.logIn(login(SHOP, "anna", PASSWORD));

        auth.logOut(first.caller());
        assertThatThrownBy(() -> auth.authenticate(first.sessionToken())).isInstanceOf(AuthenticationFailedException.class);
        clock.advance(Duration.ofHours(12));
        assertThatThrownBy(() -> auth.authenticate(second.sessionToken()))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aLoginSweepsAwayExpiredSessions() {
        var old = auth.logIn(login(SHOP, "anna", PASSWORD));
        clock.advance(Duration.ofHours(13));

        auth.logIn(login(SHOP, "anna", PASSWORD));

        assertThat(ports.transactions().inTenant(SHOP, () -> ports.sessions().find(AccessToken.sha256(old.sessionToken()))))
                .isEmpty();
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        var here = auth.logIn(login(SHOP, "anna", PASSWORD));
        var elsewhere = auth.logIn(login(SHOP, "anna", PASSWORD));
        var caller = (Caller.Person) auth.authenticate(here.sessionToken());

        assertThatThrownBy(() -> auth.changePassword(caller, "not it", "a brand new secret"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("current_password");
        assertThatThrownBy(() -> auth.changePassword(caller, PASSWORD, "short"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password");
        auth.changePassword(caller, PASSWORD, "a brand new secret");

        assertThat(auth.authenticate(here.sessionToken())).isNotNull();
        assertThatThrownBy(() -> auth.authenticate(elsewhere.sessionToken()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(auth.logIn(login(SHOP, "anna", "a brand new secret")).sessionToken()).isNotBlank();
    }
}
