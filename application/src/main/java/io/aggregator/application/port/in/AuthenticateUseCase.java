package io.aggregator.application.port.in;

import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;

/** Logging in and out, and recognising the caller of every request. */
public interface AuthenticateUseCase {

    /** {@code tenant} is null for a platform admin; {@code clientAddress} feeds the throttle. */
    record LoginCommand(TenantId tenant, String username, String password, String clientAddress) {
    }

    /** The session token and CSRF token are shown to the client here and never again. */
    record LoginResult(Caller.Person caller, String sessionToken, String csrfToken, Instant expiresAt) {
    }

    /**
     * @throws AuthenticationFailedException for any wrong tenant, username or password, alike
     * @throws TooManyRequestsException      after repeated failures for the account or the address
     * @throws AccessDeniedException         when the tenant is suspended
     */
    LoginResult logIn(LoginCommand command);

    /** @throws AuthenticationFailedException if the token opens nothing */
    Caller authenticate(String token);

    /** Ends the session the person called with. */
    void logOut(Caller.Person caller);

    /** Checks the current password, sets the new one and ends the person's other sessions. */
    void changePassword(Caller.Person caller, String currentPassword, String newPassword);
}
