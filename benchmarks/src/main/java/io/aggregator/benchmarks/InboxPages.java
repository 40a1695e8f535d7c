package io.aggregator.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The inbox of the biggest tenant at scale, through the API as one of its managers: the first page
 * of chats, a page 100 pages deep (reached by its cursor), a chat's newest messages, and its older
 * messages by their cursor. Keyset pages cost the same at any depth, which the first and the deep
 * page show side by side.
 */
final class InboxPages {
    private static final String MANAGER = "bench_manager";
    private static final String PASSWORD = "a long password for the inbox";
    private static final int PAGE = 50;
    private static final int DEPTH = 100;
    private static final Duration JIT_WARM_UP = Duration.ofSeconds(60);

    private InboxPages() {
    }

    static List<Measurement.Result> measure(ServerProcess server, ApiClient admin, String tenant, int warmUps,
                                            int runs) throws Exception {
        ensureManager(admin, tenant);
        ApiClient manager = ApiClient.tenantUser(server, tenant, MANAGER, PASSWORD);
        String chats = "/api/v1/tenants/" + tenant + "/chats?limit=" + PAGE;
        JsonNode first = manager.get(chats);
        String deepCursor = cursorAtDepth(manager, chats, first);
        String chat = first.path("items").get(0).path("id").asText();
        String messages = "/api/v1/tenants/" + tenant + "/chats/" + chat + "/messages?limit=10";
        String older = messages + "&before=" + encoded(manager.get(messages).path("next_cursor").asText());
        Measurement.Work firstPage = () -> manager.get(chats);
        Measurement.Work deepPage = () -> manager.get(chats + "&cursor=" + encoded(deepCursor));
        Measurement.Work newest = () -> manager.get(messages);
        Measurement.Work olderPage = () -> manager.get(older);
        Measurement.warmUp(JIT_WARM_UP, List.of(firstPage, deepPage, newest, olderPage));
        return List.of(
                Measurement.of("inbox, first page of " + PAGE + " chats (API)", warmUps, runs, firstPage),
                Measurement.of("inbox, page " + DEPTH + " by its cursor (API)", warmUps, runs, deepPage),
                Measurement.of("a chat's newest 10 messages (API)", warmUps, runs, newest),
                Measurement.of("a chat's older 10 messages by cursor (API)", warmUps, runs, olderPage));
    }

    /** A manager with a known password, made by the platform admin once. */
    private static void ensureManager(ApiClient admin, String tenant) throws Exception {
        String users = "/api/v1/tenants/" + tenant + "/users";
        for (JsonNode user : admin.get(users).path("items")) {
            if (MANAGER.equals(user.path("username").asText())) {
                return;
            }
        }
        admin.post(users, Map.of("username", MANAGER, "password", PASSWORD, "role", "manager"));
    }

    private static String cursorAtDepth(ApiClient manager, String chats, JsonNode first) throws Exception {
        String cursor = first.path("next_cursor").asText();
        for (int page = 2; page < DEPTH; page++) {
            cursor = manager.get(chats + "&cursor=" + encoded(cursor)).path("next_cursor").asText();
        }
        return cursor;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
