package io.aggregator.application.service;

import io.aggregator.application.port.in.AccessDeniedException;
import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.ManageUsersUseCase;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.application.port.out.SessionStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.UserStore;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.access.PasswordPolicy;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import java.time.Clock;
import java.util.List;

/**
 * Tenant users as their admins and the platform admins manage them. Two rules hold here rather than in
 * any adapter: tenant users cannot lock themselves out (nor take over their own login without the
 * current password), and no change leaves a tenant without an active admin.
 */
public final class UserAdministrationService implements ManageUsersUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final UserStore users;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final Clock clock;

    public UserAdministrationService(Transactions transactions, TenantStore tenants, UserStore users,
                                     SessionStore sessions, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public User create(TenantId tenant, NewUser command) {
        // hashing is slow on purpose: done before the transaction, so it holds no connection meanwhile
        User user = new User(UserId.newId(), command.username(), hasher.hash(command.password()), command.role(),
                true, clock.instant());
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            users.add(user);
            return user;
        });
    }

    @Override
    public List<User> list(TenantId tenant) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return users.listAll();
        });
    }

    @Override
    public User get(TenantId tenant, UserId id) {
        return transactions.inTenant(tenant, () -> existing(tenant, id));
    }

    @Override
    public User change(Caller caller, TenantId tenant, UserId id, UserChange change) {
        return transactions.inTenant(tenant, () -> {
            User before = existing(tenant, id);
            User after = before;
            if (change.role() != null) {
                after = after.withRole(change.role());
            }
            if (change.active() != null) {
                after = after.withActive(change.active());
            }
            boolean deactivated = before.active() && !after.active();
            if (isSelf(caller, id) && after.role() != before.role()) {
                throw new AccessDeniedException("you cannot change your own role; another admin can");
            }
            if (isSelf(caller, id) && deactivated) {
                throw new AccessDeniedException("you cannot deactivate yourself; another admin can");
            }
            keepAnActiveAdmin(before, after, after.role() != before.role() ? "role" : "active");
            users.update(after);
            if (deactivated) {
                // a later reactivation must not bring old logins back to life
                sessions.deleteAllOf(id, null);
            }
            return after;
        });
    }

    @Override
    public void resetPassword(Caller caller, TenantId tenant, UserId id, String newPassword) {
        if (isSelf(caller, id)) {
            // otherwise a stolen session could take over the account without knowing the password
            throw new AccessDeniedException("change your own password with your current password, not by a reset");
        }
        transactions.runInTenant(tenant, () -> {
            User user = existing(tenant, id);
            PasswordPolicy.check("new_password", newPassword, user.username().value());
            // hashed inside the transaction: the policy needs the username, and a reset is rare
            PasswordHash newHash = hasher.hash(newPassword);
            users.update(user.withPasswordHash(newHash));
            sessions.deleteAllOf(id, null);
        });
    }

    @Override
    public void delete(Caller caller, TenantId tenant, UserId id) {
        transactions.runInTenant(tenant, () -> {
            User user = existing(tenant, id);
            if (isSelf(caller, id)) {
                throw new AccessDeniedException("you cannot delete yourself; another admin can");
            }
            keepAnActiveAdmin(user, null, "user_id");
            users.delete(id);
        });
    }

    /** Platform admins are never tenant users, so only a tenant user can act on themselves. */
    private static boolean isSelf(Caller caller, UserId id) {
        return caller instanceof Caller.TenantUser user && user.userId().equals(id);
    }

    /**
     * Refuses to take away the tenant's last active admin; {@code after} is null for a deletion. The
     * users are read locked, so two admins demoting each other at once cannot both succeed.
     */
    private void keepAnActiveAdmin(User before, User after, String field) {
        boolean takesAnActiveAdminAway = before.activeAdmin() && (after == null || !after.activeAdmin());
        if (takesAnActiveAdminAway && users.listAllForUpdate().stream()
                .noneMatch(other -> other.activeAdmin() && !other.id().equals(before.id()))) {
            throw ValidationException.of(field, "user '" + before.username() + "' is the tenant's last active admin;"
                    + " make another user an active admin first");
        }
    }

    private User existing(TenantId tenant, UserId id) {
        ExistingTenant.require(tenants, tenant);
        return users.findById(id).orElseThrow(() -> new NotFoundException("no user '" + id + "' in tenant '"
                + tenant + "'"));
    }
}
