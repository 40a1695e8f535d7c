package io.aggregator.adapter.n8n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.ValidationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookUrlPolicyTest {
    /** A name service of our own: the tests must not depend on the machine's DNS. */
    private static final Map<String, String> NAMES = Map.of(
            "n8n.example.com", "93.184.216.34",
            "metadata.example.com", "169.254.169.254",
            "n8n.internal", "10.1.2.3");

    private static InetAddress[] lookUp(String host) {
        try {
            String address = NAMES.getOrDefault(host, host.matches("[0-9a-fA-F:.]+") ? host : null);
            return address == null ? new InetAddress[0] : new InetAddress[] {InetAddress.getByName(address)};
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(List.of(), WebhookUrlPolicyTest::lookUp);
    private final WebhookUrlPolicy sameHost = new WebhookUrlPolicy(List.of("127.0.0.0/8", "10.0.0.0/8"),
            WebhookUrlPolicyTest::lookUp);

    @Test
    void aPublicHttpsWebhookIsAccepted() {
        assertThat(strict.check("ai_webhook_url", "https://n8n.example.com/webhook/ai").getHost())
                .isEqualTo("n8n.example.com");
        assertThat(strict.check("ai_webhook_url", "http://93.184.216.34:5678/webhook/ai").getPort()).isEqualTo(5678);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://n8n.example.com/x                      | must start with http:// or https://",
        "file:///etc/passwd                           | must start with http:// or https://",
        "https://user:pw@n8n.example.com/x            | must not carry a user name or password",
        "http://169.254.169.254/latest/meta-data      | link-local or cloud-metadata",
        "http://metadata.example.com/x                | link-local or cloud-metadata",
        "http://[fe80::1]/x                           | link-local or cloud-metadata",
        "http://100.100.100.200/x                     | link-local or cloud-metadata",
        "http://127.0.0.1:5678/webhook                | loopback or private address",
        "http://[::1]:5678/webhook                    | loopback or private address",
        "http://192.168.1.10/webhook                  | loopback or private address",
        "http://n8n.internal/webhook                  | loopback or private address",
        "http://no-such-host.invalid/webhook          | does not resolve",
        "https:///nohost                              | must name a host",
        "not a url at all                             | is not a URL",
    })
    void refusedUrlsSayWhy(String url, String reason) {
        assertThatThrownBy(() -> strict.check("ai_webhook_url", url))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("ai_webhook_url"))
                .hasMessageContaining(reason);
    }

    @Test
    void aDeploymentMayAllowItsOwnHostAndNetworkButNeverMetadata() {
        assertThat(sameHost.check("ai_webhook_url", "http://127.0.0.1:5678/webhook/ai")).isNotNull();
        assertThat(sameHost.check("ai_webhook_url", "http://n8n.internal/webhook/ai")).isNotNull();
        assertThatThrownBy(() -> sameHost.check("ai_webhook_url", "http://192.168.1.10/x"))
                .hasMessageContaining("which this deployment does not allow");
        assertThatThrownBy(() -> sameHost.check("ai_webhook_url", "http://169.254.169.254/x"))
                .hasMessageContaining("never called");
    }

    @Test
    void anAllowListEntryThatIsNotARangeIsRefusedAtStart() {
        assertThatThrownBy(() -> new WebhookUrlPolicy(List.of("localhost"))).hasMessageContaining("not an address range");
        assertThatThrownBy(() -> new WebhookUrlPolicy(List.of("10.0.0.0/40"))).hasMessageContaining("not an address range");
    }

    @Test
    void rangesMatchByPrefix() {
        AddressRange private10 = AddressRange.parse("10.0.0.0/8");
        assertThat(private10.contains(lookUp("10.255.0.1")[0])).isTrue();
        assertThat(private10.contains(lookUp("11.0.0.1")[0])).isFalse();
        assertThat(private10.contains(lookUp("::1")[0])).isFalse();
        assertThat(AddressRange.parse("fc00::/7").contains(lookUp("fd12::1")[0])).isTrue();
    }
}
