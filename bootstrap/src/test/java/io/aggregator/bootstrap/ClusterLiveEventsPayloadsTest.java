package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.http.LiveEventBroker.Rendered;
import io.aggregator.adapter.postgres.PostgresNotifications;
import io.aggregator.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the events of one transaction are packed into notifications for the other nodes. */
class ClusterLiveEventsPayloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TenantId TENANT = TenantId.of("acme");

    private static Rendered event(String type, int textLength) {
        return new Rendered(type, "{\"text\":\"" + "x".repeat(textLength) + "\"}");
    }

    private static List<Rendered> carried(List<String> payloads) throws Exception {
        List<Rendered> events = new ArrayList<>();
        for (String payload : payloads) {
            ClusterLiveEvents.Envelope envelope = JSON.readValue(payload, ClusterLiveEvents.Envelope.class);
            assertThat(envelope.node()).isEqualTo("node-1");
            assertThat(envelope.tenant()).isEqualTo("acme");
            events.addAll(envelope.events());
        }
        return events;
    }

    @Test
    void aTransactionsSmallEventsTravelInOneNotification() throws Exception {
        List<Rendered> events = List.of(event("message", 40), event("message", 60), event("chat", 10));

        List<String> payloads = ClusterLiveEvents.payloads("node-1", TENANT, events);

        assertThat(payloads).hasSize(1);
        assertThat(carried(payloads)).isEqualTo(events);
    }

    @Test
    void eventsTooLargeTogetherAreSplitInOrderAndEachNotificationFits() throws Exception {
        List<Rendered> events = List.of(event("message", 3_000), event("message", 3_000), event("message", 3_000),
                event("chat", 10));

        List<String> payloads = ClusterLiveEvents.payloads("node-1", TENANT, events);

        assertThat(payloads).hasSize(2);
        assertThat(payloads).allSatisfy(payload -> assertThat(payload.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(PostgresNotifications.MAX_PAYLOAD_BYTES));
        assertThat(carried(payloads)).isEqualTo(events);
    }

    @Test
    void anEventTooLargeAloneIsLeftOutAndTheOthersStillTravel() throws Exception {
        Rendered huge = event("message", PostgresNotifications.MAX_PAYLOAD_BYTES);
        List<Rendered> events = List.of(event("message", 20), huge, event("chat", 10));

        List<String> payloads = ClusterLiveEvents.payloads("node-1", TENANT, events);

        assertThat(carried(payloads)).containsExactly(events.get(0), events.get(2));
    }

    @Test
    void noEventsNoNotification() {
        assertThat(ClusterLiveEvents.payloads("node-1", TENANT, List.of())).isEmpty();
    }
}
