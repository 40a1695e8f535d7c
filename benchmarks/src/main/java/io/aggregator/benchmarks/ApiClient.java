package io.aggregator.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The server's API with a bearer token: a session of the benchmarks' platform admin, or a key. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final String token;

    private ApiClient(HttpClient client, String base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    /** Logged in as the platform admin that {@link ServerProcess} creates. */
    static ApiClient platformAdmin(ServerProcess server) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench\",\"password\":\""
                        + ServerProcess.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 201) {
            throw new IllegalStateException("login failed: " + login.body());
        }
        return new ApiClient(client, server.baseUrl(), JSON.readTree(login.body()).path("token").asText());
    }

    /** Logged in as one of a tenant's users. */
    static ApiClient tenantUser(ServerProcess server, String tenant, String username, String password)
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                        "tenant_id", tenant, "username", username, "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 201) {
            throw new IllegalStateException("login failed: " + login.body());
        }
        return new ApiClient(client, server.baseUrl(), JSON.readTree(login.body()).path("token").asText());
    }

    JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    JsonNode post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), path);
    }

    JsonNode put(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), path);
    }

    private JsonNode send(HttpRequest.Builder request, String path) throws Exception {
        HttpResponse<String> answer = client.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }
}
