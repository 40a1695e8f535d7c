package io.aggregator.benchmarks;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customer messages as channel connectors post them, across the benchmark's tenants with a Zipf
 * skew (the first tenant busiest, as in real deployments), half of them questions an FAQ answers and
 * half questions that go to the tenant's AI.
 */
final class CustomerTraffic {
    static final int CHATS_PER_TENANT = 1_000;
    private static final String[] AI_QUESTIONS = {
            "Could you tell me whether my order from yesterday has been shipped already?",
            "I would like to know more about the ingredients of your seasonal special drink",
            "My friend recommended you, what would you suggest for a first visit?"};

    /** One message to post: which tenant's key, the JSON body, and whether an FAQ answers it. */
    record Message(BenchmarkTenants.Tenant tenant, String channelChatId, String body, boolean faq) {
    }

    private final List<BenchmarkTenants.Tenant> tenants;
    private final double[] cumulative;

    CustomerTraffic(List<BenchmarkTenants.Tenant> tenants, double zipfExponent) {
        this.tenants = tenants;
        this.cumulative = new double[tenants.size()];
        double total = 0;
        for (int i = 0; i < tenants.size(); i++) {
            total += 1 / Math.pow(i + 1, zipfExponent);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    /** The share of all messages the busiest tenant gets. */
    double busiestShare() {
        return cumulative[0];
    }

    /** A message in one of the tenant's usual chats. */
    Message next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return next("c" + random.nextInt(CHATS_PER_TENANT), random.nextBoolean());
    }

    /** A message in the given chat, answered by an FAQ or by the AI. */
    Message next(String channelChatId, boolean faq) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int index = Math.abs(java.util.Arrays.binarySearch(cumulative, random.nextDouble()) + 1);
        BenchmarkTenants.Tenant tenant = tenants.get(Math.min(index, tenants.size() - 1));
        String text = faq ? BenchmarkTenants.FAQS.get(random.nextInt(BenchmarkTenants.FAQS.size())).get(0)
                : AI_QUESTIONS[random.nextInt(AI_QUESTIONS.length)];
        String body = "{\"channel\":\"telegram\",\"chat_id\":\"" + channelChatId + "\",\"message_id\":\""
                + UUID.randomUUID() + "\",\"customer\":{\"display_name\":\"Customer " + channelChatId
                + "\"},\"text\":\"" + text + "\"}";
        return new Message(tenant, channelChatId, body, faq);
    }
}
