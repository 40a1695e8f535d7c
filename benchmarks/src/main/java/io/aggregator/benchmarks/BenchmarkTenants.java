package io.aggregator.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tenants for the load benchmarks, made through the API as the platform admin: each with the same
 * ten FAQs, an integration key, a signing secret, and its AI requests and deliveries going to the
 * instant n8n. Bot
 * replies are not capped (max_responses at its maximum), so every chat stays with the bot.
 */
final class BenchmarkTenants {
    /** Questions the FAQs answer (each is also a customer message that an FAQ answers). */
    static final List<List<String>> FAQS = List.of(
            List.of("What are your opening hours?", "We are open 7am to 9pm every day.", "hours, open, close"),
            List.of("Do you have vegan options?", "Yes: oat milk and vegan pastries.", "vegan, dairy-free"),
            List.of("Is there free wifi?", "Yes, the password is on your receipt.", "wifi, internet"),
            List.of("Do you deliver?", "We deliver within 3 km; order on our website.", "delivery, deliver"),
            List.of("Which payment methods do you accept?", "Cash, cards, Apple Pay and Google Pay.", "payment, card"),
            List.of("Can I book a table?", "Yes, by phone or online up to 7 days ahead.", "book, reservation"),
            List.of("Where are you located?", "12 Main Street, next to the station.", "address, location"),
            List.of("Is there parking nearby?", "Free parking behind the building for 2 hours.", "parking, park"),
            List.of("Can I bring my dog?", "Dogs are welcome on the terrace.", "dog, pets"),
            List.of("Do you have gluten-free food?", "Gluten-free cakes and sandwiches.", "gluten-free, gluten"));

    /** A tenant and the key its channel connector posts customer messages with. */
    record Tenant(String id, String key) {
    }

    private BenchmarkTenants() {
    }

    static List<Tenant> create(ApiClient admin, InstantN8n n8n, String prefix, int count) throws Exception {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("%s_%03d", prefix, i);
            admin.post("/api/v1/tenants", Map.of("tenant_id", id, "display_name", "Benchmark shop " + i,
                    "rate_limit_per_minute", 100_000,
                    "settings", Map.of("system_message", "You answer for a coffee shop.", "handover_mode", "ask",
                            "language", "en", "thresholds", Map.of("max_responses", 1000))));
            admin.post("/api/v1/tenants/" + id + "/faqs/import", FAQS.stream().map(faq -> Map.of(
                    "question", faq.get(0), "answer", faq.get(1), "keywords", faq.get(2))).toList());
            admin.put("/api/v1/tenants/" + id + "/integration", Map.of(
                    "ai_webhook_url", n8n.url("/ai/" + id).toString(),
                    "delivery_webhook_url", n8n.url("/deliver/" + id).toString()));
            // requests and deliveries are signed: without a secret they would fail
            admin.post("/api/v1/tenants/" + id + "/integration/secret", Map.of());
            String key = admin.post("/api/v1/tenants/" + id + "/integration-keys", Map.of("name", "load"))
                    .path("key").asText();
            tenants.add(new Tenant(id, key));
        }
        return tenants;
    }
}
