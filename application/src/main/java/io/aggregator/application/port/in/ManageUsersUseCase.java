package io.aggregator.application.port.in;

import io.aggregator.domain.Require;
import io.aggregator.domain.access.PasswordPolicy;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.util.List;

/** A tenant's users, managed by the tenant's admins and by platform admins. */
public interface ManageUsersUseCase {

    /** A user to create; the password must pass the {@link PasswordPolicy} and only its hash is kept. */
    record NewUser(Username username, String password, Role role) {
        public NewUser {
            Require.present("username", username);
            PasswordPolicy.check(password, username.value());
            Require.present("role", role);
        }

        /** The password is a secret: keep it out of logs. */
        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    /** A partial change: null fields stay as they are. */
    record UserChange(Role role, Boolean active) {
    }

    /**
     * @throws NotFoundException if there is no such tenant
     * @throws io.aggregator.application.port.out.ConflictException if the username is taken in the tenant
     */
    User create(TenantId tenant, NewUser user);

    /** Ordered by username. */
    List<User> list(TenantId tenant);

    /** @throws NotFoundException if the tenant has no such user */
    User get(TenantId tenant, UserId id);

    /**
     * Changes a user's role or activity; deactivating ends the user's sessions.
     *
     * @throws AccessDeniedException if tenant users change their own role or deactivate themselves
     * @throws io.aggregator.domain.ValidationException if the tenant would be left without an active admin
     */
    User change(Caller caller, TenantId tenant, UserId id, UserChange change);

    /**
     * Sets a new password without asking for the current one and ends all of the user's sessions.
     *
     * @throws AccessDeniedException for tenant users' own password, which needs their current one
     */
    void resetPassword(Caller caller, TenantId tenant, UserId id, String newPassword);

    /**
     * @throws AccessDeniedException if tenant users delete themselves
     * @throws io.aggregator.domain.ValidationException if the tenant would be left without an active admin
     */
    void delete(Caller caller, TenantId tenant, UserId id);
}
