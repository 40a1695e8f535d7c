package io.aggregator.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for a tenant's n8n: an HTTP server on a random loopback port that records every
 * request per path and answers with the responses a test scripted for that path, in order (200 with
 * an empty body once they run out).
 */
final class FakeN8n implements AutoCloseable {

    /** A request as it arrived: headers (lowercase names) and the raw body. */
    record Received(String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** An answer to give: status, extra headers, body, and how long to wait first. */
    record Response(int status, Map<String, String> headers, String body, long delayMillis) {
        static Response json(int status, String body) {
            return new Response(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        static Response status(int status) {
            return new Response(status, Map.of(), "", 0);
        }

        Response withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Response(status, more, body, delayMillis);
        }

        Response after(long millis) {
            return new Response(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, ConcurrentLinkedQueue<Response>> scripts = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();
    private final List<Received> all = new CopyOnWriteArrayList<>();

    FakeN8n() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Answers the next requests to {@code path} with these responses, in order. */
    FakeN8n script(String path, Response... responses) {
        scripts.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(responses));
        return this;
    }

    /** The next request to {@code path}, waiting up to 20 seconds for it. */
    Received next(String path) throws InterruptedException {
        Received request = queue(path).poll(20, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request to " + path + " within 20 s; all so far: " + all);
        }
        return request;
    }

    /** Requests to {@code path} not taken by {@link #next} yet. */
    List<Received> waiting(String path) {
        return new ArrayList<>(queue(path));
    }

    private BlockingQueue<Received> queue(String path) {
        return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        Received request = new Received(path, headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        all.add(request);
        queue(path).add(request);
        Response response = scripts.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
        if (response == null) {
            response = Response.status(200);
        }
        try {
            Thread.sleep(response.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                out.write(body);
            }
        } catch (IOException clientGone) {
            // the server under test gave up waiting (its timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
