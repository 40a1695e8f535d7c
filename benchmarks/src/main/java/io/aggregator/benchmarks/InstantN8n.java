package io.aggregator.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the tenants' n8n that answers at once: an AI request gets a synchronous answer, a
 * delivery a 200. It notes when each delivery arrived, by the chat's channel id, so a benchmark can
 * time a bot turn from the customer's message to the delivery of the answer.
 */
final class InstantN8n implements AutoCloseable {
    private static final byte[] AI_ANSWER = "{\"answer\":\"Here is what I found for you.\",\"handover\":false}"
            .getBytes(StandardCharsets.UTF_8);

    /** A delivery as it arrived: when (System.nanoTime) and where its answer came from (faq, ai, ...). */
    record Delivery(long arrivedNanos, String source) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong aiRequests = new AtomicLong();
    private final AtomicLong deliveryCount = new AtomicLong();
    private volatile boolean recording;

    InstantN8n() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(threads);
        server.createContext("/ai", this::answer);
        server.createContext("/deliver", this::deliver);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        aiRequests.incrementAndGet();
        respond(exchange, AI_ANSWER);
    }

    private void deliver(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        long arrived = System.nanoTime();
        deliveryCount.incrementAndGet();
        if (recording) {
            JsonNode delivery = ApiClient.JSON.readTree(body);
            deliveries.putIfAbsent(delivery.path("channel_chat_id").asText(),
                    new Delivery(arrived, delivery.path("source").asText()));
        }
        respond(exchange, new byte[0]);
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** From now on, the first delivery to each chat is noted (see {@link #deliveryTo}). */
    void recordDeliveries() {
        recording = true;
    }

    Delivery deliveryTo(String channelChatId) {
        return deliveries.get(channelChatId);
    }

    long aiRequests() {
        return aiRequests.get();
    }

    long deliveries() {
        return deliveryCount.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
