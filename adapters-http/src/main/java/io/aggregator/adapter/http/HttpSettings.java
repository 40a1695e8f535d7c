package io.aggregator.adapter.http;

/**
 * How the HTTP adapter behaves where deployments differ.
 *
 * @param maxRequestBytes         larger request bodies are answered 413
 * @param rateLimitPerMinute      requests a tenant may make per minute unless the tenant has its own limit
 * @param anonymousPerMinute      requests per minute from one address without credentials (logins, probes)
 * @param secureCookies           mark cookies Secure: on wherever the server is reached over HTTPS
 */
public record HttpSettings(long maxRequestBytes, int rateLimitPerMinute, int anonymousPerMinute,
                           boolean secureCookies) {
    public static HttpSettings defaults() {
        return new HttpSettings(1_000_000, 600, 60, false);
    }
}
