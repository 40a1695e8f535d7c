package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ManageUsersUseCase;
import io.aggregator.application.port.in.ManageUsersUseCase.NewUser;
import io.aggregator.application.port.in.ManageUsersUseCase.UserChange;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's users, for its admins and for platform admins (who create a new tenant's first admin).
 * No answer carries a password or its hash: {@link UserJson} has no field for either.
 */
final class UserRoutes {
    private static final String USERS = "/api/v1/tenants/{tenant}/users";
    private static final String USER = USERS + "/{user_id}";

    record UserJson(String id, String username, String role, boolean active, Instant createdAt) {
        static UserJson of(User user) {
            return new UserJson(user.id().toString(), user.username().value(), user.role().code(), user.active(),
                    user.createdAt());
        }
    }

    record UserList(List<UserJson> items) {
    }

    record NewUserRequest(String username, String password, String role) {
    }

    /** Absent or null fields stay as they are. */
    record UserChangeRequest(String role, Boolean active) {
    }

    record PasswordReset(String newPassword) {
    }

    private final ManageUsersUseCase users;

    UserRoutes(ManageUsersUseCase users) {
        this.users = users;
    }

    void register(ApiRoutes routes) {
        routes.post(USERS, Access.TENANT_OR_PLATFORM_ADMIN, this::create);
        routes.get(USERS, Access.TENANT_OR_PLATFORM_ADMIN, ctx -> ctx.json(new UserList(
                users.list(Requests.tenant(ctx)).stream().map(UserJson::of).toList())));
        routes.get(USER, Access.TENANT_OR_PLATFORM_ADMIN,
                ctx -> ctx.json(UserJson.of(users.get(Requests.tenant(ctx), userId(ctx)))));
        routes.patch(USER, Access.TENANT_OR_PLATFORM_ADMIN, this::change);
        routes.post(USER + "/password", Access.TENANT_OR_PLATFORM_ADMIN, this::resetPassword);
        routes.delete(USER, Access.TENANT_OR_PLATFORM_ADMIN, this::delete);
    }

    private static UserId userId(Context ctx) {
        return Requests.pathId(ctx, "user_id", UserId::parse);
    }

    private void create(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        NewUserRequest request = Requests.body(ctx, NewUserRequest.class);
        NewUser command = new NewUser(Username.of(request.username()), request.password(), Role.fromCode(request.role()));
        User created = users.create(tenant, command);
        ctx.status(201).header("Location", "/api/v1/tenants/" + tenant + "/users/" + created.id())
                .json(UserJson.of(created));
    }

    private void change(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        UserId id = userId(ctx);
        UserChangeRequest request = Requests.body(ctx, UserChangeRequest.class);
        UserChange change = new UserChange(request.role() == null ? null : Role.fromCode(request.role()),
                request.active());
        ctx.json(UserJson.of(users.change(Requests.caller(ctx), tenant, id, change)));
    }

    private void resetPassword(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        UserId id = userId(ctx);
        PasswordReset reset = Requests.body(ctx, PasswordReset.class);
        users.resetPassword(Requests.caller(ctx), tenant, id, reset.newPassword());
        ctx.status(204);
    }

    private void delete(Context ctx) {
        users.delete(Requests.caller(ctx), Requests.tenant(ctx), userId(ctx));
        ctx.status(204);
    }
}
