package io.aggregator.application.service;

import io.aggregator.application.port.in.AccessDeniedException;
import io.aggregator.application.port.in.AuthenticateUseCase;
import io.aggregator.application.port.in.AuthenticationFailedException;
import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.out.IntegrationKeyStore;
import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.application.port.out.PlatformAdminStore;
import io.aggregator.application.port.out.SessionStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.UserStore;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.PasswordPolicy;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sessions for people, keys for machines. Every lookup runs in the scope the token names (its tenant,
 * or the platform), so authenticating never reads across tenants.
 */
public final class AuthenticationService implements AuthenticateUseCase {
    static final String LOGIN_FAILED = "the tenant, username or password is wrong";
    static final String TOKEN_REFUSED = "the session or key is missing, expired or revoked";
    /** Key use is recorded at most this often, so machine traffic does not write on every request. */
    static final Duration KEY_USE_RESOLUTION = Duration.ofMinutes(1);

    private final Transactions transactions;
    private final TenantStore tenants;
    private final UserStore users;
    private final PlatformAdminStore platformAdmins;
    private final SessionStore sessions;
    private final IntegrationKeyStore keys;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration sessionLifetime;
    private volatile PasswordHash dummyHash;

    public AuthenticationService(Transactions transactions, TenantStore tenants, UserStore users,
                                 PlatformAdminStore platformAdmins, SessionStore sessions, IntegrationKeyStore keys,
                                 PasswordHasher hasher, LoginThrottle throttle, Clock clock, Duration sessionLifetime) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.users = users;
        this.platformAdmins = platformAdmins;
        this.sessions = sessions;
        this.keys = keys;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
    }

    @Override
    public LoginResult logIn(LoginCommand command) {
        String account = (command.tenant() == null ? "" : command.tenant().value()) + "/"
                + String.valueOf(command.username()).strip().toLowerCase(Locale.ROOT);
        String address = String.valueOf(command.clientAddress());
        throttle.check(account, address);
        AccessToken token = AccessToken.newSession(command.tenant());
        AccessToken csrf = AccessToken.newSession(null);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(sessionLifetime);
        Optional<Caller.Person> caller = command.tenant() == null
                ? transactions.inPlatform(() -> platformLogin(command, token, csrf, now, expiresAt))
                : transactions.inTenant(command.tenant(), () -> tenantLogin(command, token, csrf, now, expiresAt));
        if (caller.isEmpty()) {
            throttle.failed(account, address);
            throw new AuthenticationFailedException(LOGIN_FAILED);
        }
        throttle.succeeded(account);
        return new LoginResult(caller.get(), token.reveal(), csrf.reveal(), expiresAt);
    }

    private Optional<Caller.Person> platformLogin(LoginCommand command, AccessToken token, AccessToken csrf,
                                                  Instant now, Instant expiresAt) {
        Optional<PlatformAdmin> admin = username(command.username()).flatMap(platformAdmins::findByUsername);
        if (!passwordMatches(command.password(), admin.map(PlatformAdmin::passwordHash))) {
            return Optional.empty();
        }
        startSession(new Session(token.hash(), admin.get().id(), csrf.hash(), now, expiresAt));
        return Optional.of(new Caller.PlatformAdmin(admin.get().id(), admin.get().username(), token.hash(),
                csrf.hash()));
    }

    private Optional<Caller.Person> tenantLogin(LoginCommand command, AccessToken token, AccessToken csrf,
                                                Instant now, Instant expiresAt) {
        Optional<Tenant> tenant = tenants.findById(command.tenant());
        Optional<User> user = tenant.isEmpty() ? Optional.empty()
                : username(command.username()).flatMap(users::findByUsername).filter(User::active);
        if (!passwordMatches(command.password(), user.map(User::passwordHash))) {
            return Optional.empty();
        }
        if (!tenant.get().active()) {
            throw new AccessDeniedException("tenant " + command.tenant() + " is suspended");
        }
        startSession(new Session(token.hash(), user.get().id(), csrf.hash(), now, expiresAt));
        return Optional.of(tenantUser(tenant.get(), user.get(), token.hash(), csrf.hash()));
    }

    /** Logins sweep the scope's expired sessions, so they do not pile up without a background job. */
    private void startSession(Session session) {
        sessions.deleteExpired(session.createdAt());
        sessions.add(session);
    }

    /** Hashes even when there is no account, so a missing user takes as long as a wrong password. */
    private boolean passwordMatches(String password, Optional<PasswordHash> stored) {
        String given = password == null ? "" : password;
        if (stored.isEmpty()) {
            hasher.matches(given, dummyHash());
            return false;
        }
        return hasher.matches(given, stored.get());
    }

    private PasswordHash dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("no account has this password " + Instant.now());
        }
        return dummyHash;
    }

    private static Optional<Username> username(String text) {
        try {
            return Optional.of(Username.of(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    @Override
    public Caller authenticate(String tokenText) {
        AccessToken token = parse(tokenText);
        Instant now = clock.instant();
        if (token.kind() == AccessToken.Kind.INTEGRATION_KEY) {
            return transactions.inTenant(token.tenant(), () -> keyCaller(token, now));
        }
        if (token.tenant() == null) {
            return transactions.inPlatform(() -> {
                Session session = liveSession(token, now);
                PlatformAdmin admin = platformAdmins.findById(session.userId()).orElseThrow(this::refused);
                return new Caller.PlatformAdmin(admin.id(), admin.username(), session.tokenHash(),
                        session.csrfTokenHash());
            });
        }
        return transactions.inTenant(token.tenant(), () -> {
            Tenant tenant = activeTenant(token.tenant());
            Session session = liveSession(token, now);
            User user = users.findById(session.userId()).filter(User::active).orElseThrow(this::refused);
            return tenantUser(tenant, user, session.tokenHash(), session.csrfTokenHash());
        });
    }

    private Caller keyCaller(AccessToken token, Instant now) {
        Tenant tenant = activeTenant(token.tenant());
        IntegrationKey key = keys.findByHash(token.hash()).filter(k -> !k.revoked()).orElseThrow(this::refused);
        if (key.lastUsedAt() == null || key.lastUsedAt().plus(KEY_USE_RESOLUTION).isBefore(now)) {
            keys.update(new IntegrationKey(key.id(), key.name(), key.prefix(), key.keyHash(), key.createdBy(),
                    key.createdAt(), now, key.revokedAt()));
        }
        return new Caller.IntegrationKey(tenant.id(), key.id(), key.name(), tenant.rateLimitPerMinute());
    }

    private Tenant activeTenant(TenantId id) {
        Tenant tenant = tenants.findById(id).orElseThrow(this::refused);
        if (!tenant.active()) {
            throw new AccessDeniedException("tenant " + id + " is suspended");
        }
        return tenant;
    }

    private Session liveSession(AccessToken token, Instant now) {
        Session session = sessions.find(token.hash()).orElseThrow(this::refused);
        if (session.expiredAt(now)) {
            sessions.delete(session.tokenHash());
            throw refused();
        }
        return session;
    }

    private static Caller.TenantUser tenantUser(Tenant tenant, User user, String sessionHash, String csrfHash) {
        return new Caller.TenantUser(tenant.id(), user.id(), user.username(), user.role(), tenant.rateLimitPerMinute(),
                sessionHash, csrfHash);
    }

    private AuthenticationFailedException refused() {
        return new AuthenticationFailedException(TOKEN_REFUSED);
    }

    private AccessToken parse(String tokenText) {
        try {
            return AccessToken.parse(tokenText);
        } catch (ValidationException e) {
            throw refused();
        }
    }

    @Override
    public void logOut(Caller.Person caller) {
        inScopeOf(caller, () -> sessions.delete(caller.sessionHash()));
    }

    /** A person's own records live in their tenant's scope, or the platform's for a platform admin. */
    private <T> T inScopeOf(Caller caller, java.util.function.Supplier<T> work) {
        return caller.tenant() == null ? transactions.inPlatform(work) : transactions.inTenant(caller.tenant(), work);
    }

    @Override
    public void changePassword(Caller.Person caller, String currentPassword, String newPassword) {
        PasswordPolicy.check(newPassword, caller.username().value());
        PasswordHash newHash = hasher.hash(newPassword);
        if (caller instanceof Caller.PlatformAdmin) {
            transactions.inPlatform(() -> {
                PlatformAdmin admin = platformAdmins.findById(caller.userId()).orElseThrow(this::refused);
                requireCurrentPassword(currentPassword, admin.passwordHash());
                platformAdmins.update(admin.withPasswordHash(newHash));
                return sessions.deleteAllOf(caller.userId(), caller.sessionHash());
            });
        } else {
            transactions.inTenant(caller.tenant(), () -> {
                User user = users.findById(caller.userId()).orElseThrow(this::refused);
                requireCurrentPassword(currentPassword, user.passwordHash());
                users.update(user.withPasswordHash(newHash));
                return sessions.deleteAllOf(caller.userId(), caller.sessionHash());
            });
        }
    }

    private void requireCurrentPassword(String given, PasswordHash stored) {
        if (given == null || !hasher.matches(given, stored)) {
            throw ValidationException.of("current_password", "is not the current password");
        }
    }
}
