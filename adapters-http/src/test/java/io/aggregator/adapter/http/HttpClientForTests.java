package io.aggregator.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP requests against a server on a random port. */
final class HttpClientForTests {
    record Answer(int status, String contentType, JsonNode body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    HttpClientForTests(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer send(String method, String path, String body) {
        return send(method, path, body, java.util.Map.of());
    }

    Answer send(String method, String path, String body, java.util.Map<String, String> headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** Bytes as they are, for bodies that are not valid text. */
    Answer sendBytes(String method, String path, byte[] body, java.util.Map<String, String> headers) {
        return send(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    private Answer send(String method, String path, HttpRequest.BodyPublisher body,
                        java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        if (!headers.containsKey("Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    text.isEmpty() ? JSON.nullNode() : JSON.readTree(text), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    /** A request with a bearer token. */
    Answer as(String token, String method, String path, String body) {
        return send(method, path, body, java.util.Map.of("Authorization", "Bearer " + token));
    }
}
