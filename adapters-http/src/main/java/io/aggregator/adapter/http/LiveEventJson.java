package io.aggregator.adapter.http;

import io.aggregator.application.port.out.LiveEvent;

/** The event stream's vocabulary: the SSE event type and its JSON body. */
final class LiveEventJson {
    record Typed(String type, Object body) {
    }

    record MessageEvent(String chatId, MessageJson message) {
    }

    private LiveEventJson() {
    }

    static Typed of(LiveEvent event) {
        if (event instanceof LiveEvent.MessageAdded added) {
            return new Typed("message", new MessageEvent(added.chatId().toString(), MessageJson.of(added.message())));
        }
        if (event instanceof LiveEvent.DeliveryChanged changed) {
            return new Typed("delivery", new MessageEvent(changed.chatId().toString(),
                    MessageJson.of(changed.message())));
        }
        if (event instanceof LiveEvent.StatsChanged changed) {
            return new Typed("stats", StatsJson.of(changed.stats()));
        }
        LiveEvent.ChatChanged changed = (LiveEvent.ChatChanged) event;
        return new Typed("chat", ChatJson.of(changed.chat(), changed.unreadCount()));
    }
}
