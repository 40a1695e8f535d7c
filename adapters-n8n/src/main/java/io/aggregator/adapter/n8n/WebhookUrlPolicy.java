package io.aggregator.adapter.n8n;

import io.aggregator.application.port.out.WebhookUrls;
import io.aggregator.domain.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which URLs the server may call for a tenant (its n8n webhooks). A tenant admin types the URL, so a
 * careless or hostile one must not make the server reach what only the server can reach: cloud
 * metadata services (169.254.169.254 and its kin), link-local addresses, and - unless the deployment
 * allows them, since n8n often runs on the same host or network - loopback and private addresses. A
 * host name is judged by every address it resolves to, and is judged again before each call, so a
 * name that later points somewhere forbidden is caught then.
 */
public final class WebhookUrlPolicy implements WebhookUrls {
    public static final int MAX_LENGTH = 2_048;

    /** Never reachable, whatever the deployment allows: link-local and cloud metadata endpoints. */
    private static final List<AddressRange> FORBIDDEN = List.of(
            AddressRange.parse("169.254.0.0/16"), AddressRange.parse("fe80::/10"),
            AddressRange.parse("100.100.100.200/32"), AddressRange.parse("fd00:ec2::254/128"),
            AddressRange.parse("0.0.0.0/8"), AddressRange.parse("::/128"));

    /** Reachable only when allow-listed: this host, and networks not on the public internet. */
    private static final List<AddressRange> INTERNAL = List.of(
            AddressRange.parse("127.0.0.0/8"), AddressRange.parse("::1/128"), AddressRange.parse("10.0.0.0/8"),
            AddressRange.parse("172.16.0.0/12"), AddressRange.parse("192.168.0.0/16"),
            AddressRange.parse("100.64.0.0/10"), AddressRange.parse("fc00::/7"));

    private final List<AddressRange> allowedInternal;
    private final Function<String, InetAddress[]> resolver;

    /** @param allowedInternal the loopback or private ranges this deployment lets tenants call */
    public WebhookUrlPolicy(List<String> allowedInternal) {
        this(allowedInternal, WebhookUrlPolicy::resolve);
    }

    WebhookUrlPolicy(List<String> allowedInternal, Function<String, InetAddress[]> resolver) {
        this.allowedInternal = allowedInternal.stream().map(AddressRange::parse).toList();
        this.resolver = resolver;
    }

    /**
     * @return the URL, if the server may call it
     * @throws ValidationException naming {@code field} and saying why not
     */
    @Override
    public URI check(String field, String url) {
        if (url == null || url.isBlank()) {
            throw ValidationException.of(field, "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw ValidationException.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ValidationException.of(field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ValidationException.of(field, "must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ValidationException.of(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ValidationException.of(field, "must not carry a user name or password; the requests are signed");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InetAddress[] addresses = resolver.apply(host);
        if (addresses == null || addresses.length == 0) {
            throw ValidationException.of(field, "names a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            String reason = refusal(address);
            if (reason != null) {
                throw ValidationException.of(field, host + " resolves to " + address.getHostAddress() + ", " + reason);
            }
        }
        return uri;
    }

    private String refusal(InetAddress address) {
        for (AddressRange range : FORBIDDEN) {
            if (range.contains(address)) {
                return "a link-local or cloud-metadata address (" + range + "), which is never called";
            }
        }
        boolean internal = INTERNAL.stream().anyMatch(range -> range.contains(address));
        if (internal && allowedInternal.stream().noneMatch(range -> range.contains(address))) {
            return "a loopback or private address, which this deployment does not allow (its allow-list is a setting)";
        }
        return null;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }
}
