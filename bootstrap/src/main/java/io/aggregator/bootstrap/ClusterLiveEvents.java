package io.aggregator.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.http.LiveEventBroker;
import io.aggregator.adapter.postgres.PostgresNotifications;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.domain.tenant.TenantId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live events for every server node of one database: each event goes to this node's streams and,
 * through PostgreSQL NOTIFY, to the streams of the other nodes, still addressed to its tenant only.
 * Inbox numbers stay on the node that computed them (each node computes its own for its listeners);
 * an event too large for a notification (a very long message) reaches the other nodes' users when
 * they next load the chat.
 */
final class ClusterLiveEvents implements LiveEvents, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLiveEvents.class);
    static final String CHANNEL = "aggregator_live_events";

    /** What travels between nodes: who sent it, for which tenant, and the event as streams write it. */
    record Envelope(String node, String tenant, String type, String json) {
    }

    private final String node = UUID.randomUUID().toString();
    private final ObjectMapper json = new ObjectMapper();
    private final LiveEventBroker broker;
    private final PostgresNotifications notifications;

    ClusterLiveEvents(LiveEventBroker broker, PostgresNotifications notifications) {
        this.broker = broker;
        this.notifications = notifications;
        notifications.listen(this::received);
    }

    @Override
    public void publish(TenantId tenant, LiveEvent event) {
        LiveEventBroker.Rendered rendered = broker.render(event);
        broker.publish(tenant, rendered);
        if (!(event instanceof LiveEvent.StatsChanged)
                && !notifications.send(write(new Envelope(node, tenant.value(), rendered.type(), rendered.json())))) {
            LOG.debug("a {} event of {} was too large to tell the other nodes", rendered.type(), tenant);
        }
    }

    @Override
    public boolean hasListeners(TenantId tenant) {
        return broker.hasListeners(tenant);
    }

    private void received(String payload) {
        try {
            Envelope envelope = json.readValue(payload, Envelope.class);
            if (!node.equals(envelope.node())) {
                broker.publish(TenantId.of(envelope.tenant()), new LiveEventBroker.Rendered(envelope.type(),
                        envelope.json()));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("ignored a live event from another node that could not be read: {}", e.getMessage());
        }
    }

    private String write(Envelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live event could not be written as JSON", e);
        }
    }

    @Override
    public void close() {
        notifications.close();
    }
}
