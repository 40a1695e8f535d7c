package io.aggregator.domain.access;

import io.aggregator.domain.ValidationException;
import io.aggregator.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A bearer secret: a session token or an integration key. Its text names what it is and, for a
 * tenant, which tenant, so it can be checked inside that tenant's transaction without looking across
 * tenants: {@code s.coffee_shop_123.<secret>} (a tenant user's session), {@code s..<secret>} (a
 * platform admin's session), {@code k.coffee_shop_123.<secret>} (an integration key). The secret is
 * 256 random bits; only its SHA-256 is stored.
 */
public final class AccessToken {
    public enum Kind { SESSION, INTEGRATION_KEY }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    private static final int SECRET_LENGTH = 43;
    private static final int SHOWN_SECRET_CHARACTERS = 6;

    private final Kind kind;
    private final TenantId tenant;
    private final String text;

    private AccessToken(Kind kind, TenantId tenant, String text) {
        this.kind = kind;
        this.tenant = tenant;
        this.text = text;
    }

    /** A new session token; {@code tenant} is null for a platform admin. */
    public static AccessToken newSession(TenantId tenant) {
        return create(Kind.SESSION, tenant);
    }

    public static AccessToken newIntegrationKey(TenantId tenant) {
        return create(Kind.INTEGRATION_KEY, Objects.requireNonNull(tenant, "tenant"));
    }

    private static AccessToken create(Kind kind, TenantId tenant) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new AccessToken(kind, tenant, prefix(kind) + "." + (tenant == null ? "" : tenant.value()) + "." + encoded);
    }

    /** Reads a token as a client sent it; anything not shaped like one is rejected. */
    public static AccessToken parse(String text) {
        if (text == null) {
            throw invalid();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || parts[2].length() != SECRET_LENGTH || !parts[2].matches("[A-Za-z0-9_-]+")) {
            throw invalid();
        }
        Kind kind = switch (parts[0]) {
            case "s" -> Kind.SESSION;
            case "k" -> Kind.INTEGRATION_KEY;
            default -> throw invalid();
        };
        TenantId tenant;
        try {
            tenant = parts[1].isEmpty() ? null : TenantId.of(parts[1]);
        } catch (ValidationException e) {
            throw invalid();
        }
        if (kind == Kind.INTEGRATION_KEY && tenant == null) {
            throw invalid();
        }
        return new AccessToken(kind, tenant, text);
    }

    private static ValidationException invalid() {
        return ValidationException.of("token", "is not a token this server issued");
    }

    private static String prefix(Kind kind) {
        return kind == Kind.SESSION ? "s" : "k";
    }

    public Kind kind() {
        return kind;
    }

    /** The tenant the token belongs to, or null for a platform admin's session. */
    public TenantId tenant() {
        return tenant;
    }

    /** The full secret text, to hand to the client once. */
    public String reveal() {
        return text;
    }

    /** What is stored and looked up: hex SHA-256 of the text. */
    public String hash() {
        return sha256(text);
    }

    /** Enough to recognise a key in a list, not enough to use it. */
    public String displayPrefix() {
        return text.substring(0, text.length() - SECRET_LENGTH + SHOWN_SECRET_CHARACTERS);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[" + displayPrefix() + "...]";
    }
}
