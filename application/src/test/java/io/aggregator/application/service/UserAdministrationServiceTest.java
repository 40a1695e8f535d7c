package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.FakePasswordHasher;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.port.in.AccessDeniedException;
import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.ManageUsersUseCase.NewUser;
import io.aggregator.application.port.in.ManageUsersUseCase.UserChange;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAdministrationServiceTest {
    private static final TenantId SHOP = TenantId.of("coffee_shop_123");
    private static final String PASSWORD = "long enough secret";

    private final StorePorts ports = InMemoryStores.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final UserAdministrationService service = new UserAdministrationService(ports.transactions(),
            ports.tenants(), ports.users(), ports.sessions(), hasher, clock);
    private final Caller platformAdmin = new Caller.PlatformAdmin(UserId.newId(), Username.of("root"), "s", "c");
    private User anna;
    private Caller annaCaller;

    @BeforeEach
    void aShopWithOneAdmin() {
        ports.transactions().runInTenant(SHOP, () -> ports.tenants().add(Tenant.create(SHOP, "Coffee", clock.instant())));
        anna = service.create(SHOP, new NewUser(Username.of("anna"), PASSWORD, Role.ADMIN));
        annaCaller = new Caller.TenantUser(SHOP, anna.id(), anna.username(), Role.ADMIN, null, "s", "c");
    }

    private User stored(UserId id) {
        return ports.transactions().inTenant(SHOP, () -> ports.users().findById(id)).orElseThrow();
    }

    private String logIn(User user) {
        String token = AccessToken.newSession(SHOP).hash();
        ports.transactions().runInTenant(SHOP, () -> ports.sessions().add(new Session(token, user.id(),
                AccessToken.sha256("csrf"), clock.instant(), clock.instant().plus(Duration.ofHours(1)))));
        return token;
    }

    private boolean sessionExists(String tokenHash) {
        return ports.transactions().inTenant(SHOP, () -> ports.sessions().find(tokenHash)).isPresent();
    }

    @Test
    void aCreatedUserIsActiveWithAHashOfTheGivenPassword() {
        User mark = service.create(SHOP, new NewUser(Username.of("Mark"), "another long secret", Role.MANAGER));

        assertThat(mark.username().value()).isEqualTo("mark");
        assertThat(mark.active()).isTrue();
        assertThat(mark.createdAt()).isEqualTo(clock.instant());
        assertThat(hasher.matches("another long secret", stored(mark.id()).passwordHash())).isTrue();
        assertThat(service.list(SHOP)).extracting(u -> u.username().value()).containsExactly("anna", "mark");
        assertThat(service.get(SHOP, mark.id())).isEqualTo(mark);
    }

    @Test
    void aNewUserNeedsAGoodPasswordAndARole() {
        assertThatThrownBy(() -> new NewUser(Username.of("mark"), "short", Role.MANAGER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("password"));
        assertThatThrownBy(() -> new NewUser(Username.of("mark"), "mark's long secret", Role.MANAGER))
                .hasMessage("password: must not contain the username");
        assertThatThrownBy(() -> new NewUser(Username.of("mark"), PASSWORD, null)).hasMessage("role: is required");
        assertThat(new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aTakenUsernameIsAConflictAndAddsNobody() {
        assertThatThrownBy(() -> service.create(SHOP, new NewUser(Username.of("ANNA"), PASSWORD, Role.MANAGER)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(service.list(SHOP)).hasSize(1);
    }

    @Test
    void anUnknownTenantOrUserIsNotFound() {
        TenantId nowhere = TenantId.of("no_such_shop");

        assertThatThrownBy(() -> service.create(nowhere, new NewUser(Username.of("mark"), PASSWORD, Role.ADMIN)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no_such_shop");
        assertThatThrownBy(() -> service.list(nowhere)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(SHOP, UserId.newId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(platformAdmin, SHOP, UserId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdminChangesAnotherUsersRoleAndActivity() {
        User mark = service.create(SHOP, new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER));

        User promoted = service.change(annaCaller, SHOP, mark.id(), new UserChange(Role.ADMIN, null));
        User deactivated = service.change(annaCaller, SHOP, mark.id(), new UserChange(null, false));

        assertThat(promoted.role()).isEqualTo(Role.ADMIN);
        assertThat(deactivated.role()).isEqualTo(Role.ADMIN);
        assertThat(deactivated.active()).isFalse();
        assertThat(stored(mark.id())).isEqualTo(deactivated);
    }

    @Test
    void deactivatingEndsTheUsersSessionsSoReactivationDoesNotReviveThem() {
        User mark = service.create(SHOP, new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER));
        String session = logIn(mark);

        service.change(annaCaller, SHOP, mark.id(), new UserChange(null, false));
        service.change(annaCaller, SHOP, mark.id(), new UserChange(null, true));

        assertThat(sessionExists(session)).isFalse();
        assertThat(stored(mark.id()).active()).isTrue();
    }

    @Test
    void aTenantUserCannotChangeTheirOwnRoleNorDeactivateNorDeleteThemselves() {
        service.create(SHOP, new NewUser(Username.of("bella"), PASSWORD, Role.ADMIN));

        assertThatThrownBy(() -> service.change(annaCaller, SHOP, anna.id(), new UserChange(Role.MANAGER, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("your own role");
        assertThatThrownBy(() -> service.change(annaCaller, SHOP, anna.id(), new UserChange(null, false)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("deactivate yourself");
        assertThatThrownBy(() -> service.delete(annaCaller, SHOP, anna.id()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("delete yourself");
        assertThat(stored(anna.id())).isEqualTo(anna);
    }

    @Test
    void repeatingOnesOwnRoleAndActivityIsNoChangeAndAllowed() {
        assertThat(service.change(annaCaller, SHOP, anna.id(), new UserChange(Role.ADMIN, true))).isEqualTo(anna);
    }

    @Test
    void aPlatformAdminMayChangeAndDeleteAnyAdminWhileAnotherActiveAdminRemains() {
        User bella = service.create(SHOP, new NewUser(Username.of("bella"), PASSWORD, Role.ADMIN));

        service.change(platformAdmin, SHOP, anna.id(), new UserChange(Role.MANAGER, null));
        service.delete(platformAdmin, SHOP, anna.id());

        assertThat(service.list(SHOP)).containsExactly(bella);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedDeactivatedOrDeletedNamingTheField() {
        User idle = service.create(SHOP, new NewUser(Username.of("idle"), PASSWORD, Role.ADMIN));
        service.change(annaCaller, SHOP, idle.id(), new UserChange(null, false));

        assertThat(fieldOf(() -> service.change(platformAdmin, SHOP, anna.id(), new UserChange(Role.MANAGER, null))))
                .isEqualTo("role");
        assertThat(fieldOf(() -> service.change(platformAdmin, SHOP, anna.id(), new UserChange(null, false))))
                .isEqualTo("active");
        assertThat(fieldOf(() -> service.delete(platformAdmin, SHOP, anna.id()))).isEqualTo("user_id");
        assertThat(stored(anna.id())).isEqualTo(anna);
    }

    private static String fieldOf(Runnable refused) {
        try {
            refused.run();
            throw new AssertionError("the change should have been refused");
        } catch (ValidationException e) {
            assertThat(e.getMessage()).contains("last active admin");
            return e.violations().get(0).field();
        }
    }

    @Test
    void aTenantWithoutAnyAdminCanStillGetUsersAndItsFirstAdmin() {
        TenantId fresh = TenantId.of("fresh_shop");
        ports.transactions().runInTenant(fresh, () -> ports.tenants().add(Tenant.create(fresh, "Fresh", clock.instant())));

        User manager = service.create(fresh, new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER));
        service.change(platformAdmin, fresh, manager.id(), new UserChange(null, false));
        User admin = service.create(fresh, new NewUser(Username.of("first"), PASSWORD, Role.ADMIN));

        assertThat(service.list(fresh)).extracting(User::id).containsExactly(admin.id(), manager.id());
    }

    @Test
    void aResetSetsThePasswordAndEndsEverySessionOfTheUser() {
        User mark = service.create(SHOP, new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER));
        String first = logIn(mark);
        String second = logIn(mark);
        String annasSession = logIn(anna);

        service.resetPassword(annaCaller, SHOP, mark.id(), "a fresh long secret");

        assertThat(hasher.matches("a fresh long secret", stored(mark.id()).passwordHash())).isTrue();
        assertThat(List.of(sessionExists(first), sessionExists(second), sessionExists(annasSession)))
                .containsExactly(false, false, true);
    }

    @Test
    void aResetChecksThePasswordPolicyNamingNewPasswordAndChangesNothingOnFailure() {
        User mark = service.create(SHOP, new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER));
        String session = logIn(mark);

        assertThatThrownBy(() -> service.resetPassword(annaCaller, SHOP, mark.id(), "xx-mark-xx-yy"))
                .hasMessage("new_password: must not contain the username");
        assertThatThrownBy(() -> service.resetPassword(annaCaller, SHOP, mark.id(), null))
                .hasMessage("new_password: is required");
        assertThat(stored(mark.id())).isEqualTo(mark);
        assertThat(sessionExists(session)).isTrue();
    }

    @Test
    void aTenantUserCannotResetTheirOwnPasswordButAPlatformAdminCanResetAnyone() {
        assertThatThrownBy(() -> service.resetPassword(annaCaller, SHOP, anna.id(), "a fresh long secret"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("current password");

        service.resetPassword(platformAdmin, SHOP, anna.id(), "a fresh long secret");
        assertThat(hasher.matches("a fresh long secret", stored(anna.id()).passwordHash())).isTrue();
    }

    @Test
    void deletingAUserEndsTheirSessions() {
        User mark = service.create(SHOP, new NewUser(Username.of("mark"), PASSWORD, Role.MANAGER));
        String session = logIn(mark);

        service.delete(annaCaller, SHOP, mark.id());

        assertThat(sessionExists(session)).isFalse();
        assertThatThrownBy(() -> service.get(SHOP, mark.id())).isInstanceOf(NotFoundException.class);
    }
}
