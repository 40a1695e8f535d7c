package io.aggregator.application.port.out;

/**
 * Seals secrets that the server must be able to read again (tenants' webhook signing secrets) under
 * the deployment's key, so that a copy of the database alone does not reveal them.
 */
public interface SecretCipher {

    /** The secret sealed, as text safe to store; different every time, even for the same secret. */
    String seal(String secret);

    /**
     * @throws IllegalStateException when the text was not sealed under this deployment's key or was altered
     */
    String open(String sealed);
}
