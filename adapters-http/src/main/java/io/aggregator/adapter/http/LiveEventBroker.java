package io.aggregator.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.domain.tenant.TenantId;
import io.javalin.http.sse.SseClient;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-Sent Events to managers' browsers, kept apart per tenant: a tenant's events go only to the
 * streams its own users opened. Each tenant keeps its last {@value #REPLAY_SIZE} events, so a client
 * that reconnects with {@code Last-Event-ID} receives what it missed; one that was away longer gets a
 * {@code reset} event and reloads. Events live in this process: with several nodes each streams the
 * events of the requests it served (see the architecture notes).
 */
public final class LiveEventBroker implements LiveEvents, AutoCloseable {
    static final int REPLAY_SIZE = 500;
    private static final long HEARTBEAT_SECONDS = 20;

    /** An event as sent: its id in this process's sequence, its type and its JSON. */
    record Sent(long id, String type, String json) {
    }

    /** A tenant's latest events, and up to which id older ones were dropped. */
    private static final class History {
        final Deque<Sent> events = new ArrayDeque<>();
        long droppedUpTo;
    }

    private final ObjectMapper json;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<TenantId, Set<SseClient>> clients = new ConcurrentHashMap<>();
    private final Map<TenantId, History> recent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-events-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public LiveEventBroker() {
        this.json = HttpApi.objectMapper();
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** An event as the stream writes it: its type and its JSON. */
    public record Rendered(String type, String json) {
    }

    @Override
    public void publish(TenantId tenant, LiveEvent event) {
        publish(tenant, render(event));
    }

    public Rendered render(LiveEvent event) {
        LiveEventJson.Typed typed = LiveEventJson.of(event);
        return new Rendered(typed.type(), write(typed.body()));
    }

    /** An event rendered elsewhere (by another server node) for this node's streams of the tenant. */
    public void publish(TenantId tenant, Rendered rendered) {
        String body = rendered.json();
        History history = recent.computeIfAbsent(tenant, t -> new History());
        // one lock per tenant around recording and sending: a client that subscribes meanwhile gets
        // each event once, either replayed or sent live, and every client sees them in order
        synchronized (history) {
            Sent sent = new Sent(sequence.incrementAndGet(), rendered.type(), body);
            history.events.addLast(sent);
            if (history.events.size() > REPLAY_SIZE) {
                history.droppedUpTo = history.events.removeFirst().id();
            }
            clients.getOrDefault(tenant, Set.of()).forEach(client -> send(client, sent));
        }
    }

    @Override
    public boolean hasListeners(TenantId tenant) {
        return !clients.getOrDefault(tenant, Set.of()).isEmpty();
    }

    /**
     * Streams the tenant's events to this client from now on, after any it missed since
     * {@code lastSeen}, and first a {@code ready} event: from then on nothing is missed.
     */
    void subscribe(TenantId tenant, SseClient client, Long lastSeen) {
        Set<SseClient> subscribers = clients.computeIfAbsent(tenant, t -> new CopyOnWriteArraySet<>());
        client.onClose(() -> subscribers.remove(client));
        History history = recent.computeIfAbsent(tenant, t -> new History());
        synchronized (history) {
            client.sendEvent("ready", "{}");
            if (lastSeen != null) {
                replay(history, client, lastSeen);
            }
            subscribers.add(client);
        }
        client.keepAlive();
    }

    /**
     * Sends what the client missed; if some of it is no longer kept, or the id is from before this
     * process started, sends {@code reset} instead, and the client reloads its view.
     */
    private void replay(History history, SseClient client, long lastSeen) {
        if (lastSeen < history.droppedUpTo || lastSeen > sequence.get()) {
            client.sendEvent("reset", "{\"reason\":\"events were missed; reload\"}", Long.toString(sequence.get()));
            return;
        }
        history.events.stream().filter(sent -> sent.id() > lastSeen).forEach(sent -> send(client, sent));
    }

    private static void send(SseClient client, Sent sent) {
        client.sendEvent(sent.type(), sent.json(), Long.toString(sent.id()));
    }

    private void beat() {
        clients.values().forEach(set -> set.forEach(client -> client.sendComment("heartbeat")));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live event could not be written as JSON", e);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.values().forEach(set -> set.forEach(SseClient::close));
    }
}
