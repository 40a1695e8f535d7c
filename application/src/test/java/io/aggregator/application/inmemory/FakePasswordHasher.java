package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.user.PasswordHash;

/** Fast and deterministic, for tests only: a salted hash is the real adapter's job. */
public final class FakePasswordHasher implements PasswordHasher {
    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash("fake$" + AccessToken.sha256(password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        return hash.encoded().equals("fake$" + AccessToken.sha256(password));
    }
}
