package io.aggregator.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.http.LiveEventBroker;
import io.aggregator.adapter.postgres.PostgresNotifications;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live events for every server node of one database: each event goes to this node's streams and,
 * through PostgreSQL NOTIFY, to the streams of the other nodes, still addressed to its tenant only.
 * The events of one transaction travel together, in as few notifications as their size allows: a
 * notification is a round trip and a commit in PostgreSQL, and a customer's message alone makes
 * three events. Inbox numbers stay on the node that computed them (each node computes its own for
 * its listeners); an event too large for a notification (a very long message) reaches the other
 * nodes' users when they next load the chat.
 */
final class ClusterLiveEvents implements LiveEvents, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLiveEvents.class);
    static final String CHANNEL = "aggregator_live_events";

    /** What travels between nodes: who sent it, for which tenant, and the events as streams write them. */
    record Envelope(String node, String tenant, List<LiveEventBroker.Rendered> events) {
    }

    private final String node = UUID.randomUUID().toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LiveEventBroker broker;
    private final PostgresNotifications notifications;

    ClusterLiveEvents(LiveEventBroker broker, PostgresNotifications notifications) {
        this.broker = broker;
        this.notifications = notifications;
        notifications.listen(this::received);
    }

    @Override
    public void publish(TenantId tenant, LiveEvent event) {
        publishAll(tenant, List.of(event));
    }

    @Override
    public void publishAll(TenantId tenant, List<LiveEvent> events) {
        List<LiveEventBroker.Rendered> forOtherNodes = new ArrayList<>();
        for (LiveEvent event : events) {
            LiveEventBroker.Rendered rendered = broker.render(event);
            broker.publish(tenant, rendered);
            if (!(event instanceof LiveEvent.StatsChanged)) {
                forOtherNodes.add(rendered);
            }
        }
        payloads(node, tenant, forOtherNodes).forEach(notifications::send);
    }

    /**
     * The notifications from {@code node} that carry {@code events} in order: as many in each as fit.
     * An event that does not fit alone is left out.
     */
    static List<String> payloads(String node, TenantId tenant, List<LiveEventBroker.Rendered> events) {
        List<String> payloads = new ArrayList<>();
        List<LiveEventBroker.Rendered> batch = new ArrayList<>();
        String fitting = null;
        for (LiveEventBroker.Rendered event : events) {
            batch.add(event);
            String payload = write(new Envelope(node, tenant.value(), batch));
            if (fits(payload)) {
                fitting = payload;
                continue;
            }
            if (fitting != null) {
                payloads.add(fitting);
            }
            batch = new ArrayList<>(List.of(event));
            fitting = write(new Envelope(node, tenant.value(), batch));
            if (!fits(fitting)) {
                LOG.debug("a {} event of {} was too large to tell the other nodes", event.type(), tenant);
                batch.clear();
                fitting = null;
            }
        }
        if (fitting != null) {
            payloads.add(fitting);
        }
        return payloads;
    }

    private static boolean fits(String payload) {
        return payload.getBytes(StandardCharsets.UTF_8).length <= PostgresNotifications.MAX_PAYLOAD_BYTES;
    }

    @Override
    public boolean hasListeners(TenantId tenant) {
        return broker.hasListeners(tenant);
    }

    private void received(String payload) {
        try {
            Envelope envelope = JSON.readValue(payload, Envelope.class);
            if (!node.equals(envelope.node())) {
                TenantId tenant = TenantId.of(envelope.tenant());
                envelope.events().forEach(event -> broker.publish(tenant, event));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("ignored live events from another node that could not be read: {}", e.getMessage());
        }
    }

    private static String write(Envelope envelope) {
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live event could not be written as JSON", e);
        }
    }

    @Override
    public void close() {
        notifications.close();
    }
}
