package io.aggregator.application.port.out;

import io.aggregator.domain.user.PasswordHash;

/** One-way, salted, deliberately slow password hashing. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
