package io.aggregator.application.port.in;

import java.util.Optional;

/** Makes sure the deployment can be administered: creates the first platform admin if there is none. */
public interface EnsurePlatformAdminUseCase {

    /**
     * Creates the admin {@code username} when no platform admin exists, with {@code password} or, when
     * that is null, a generated one.
     *
     * @return the generated password, to be shown once; empty if nothing was generated
     */
    Optional<String> ensurePlatformAdmin(String username, String password);
}
