package io.aggregator.adapter.http;

import io.aggregator.application.port.out.InboxStats;

/** A tenant's inbox numbers, as the stats route and the live stream show them. */
record StatsJson(long chats, ModesJson byMode, long waitingForManager, long unreadMessages, long messagesToday) {

    record ModesJson(long bot, long awaitingConfirmation, long manager) {
    }

    static StatsJson of(InboxStats stats) {
        return new StatsJson(stats.chats(),
                new ModesJson(stats.inBotMode(), stats.awaitingConfirmation(), stats.inManagerMode()),
                stats.waitingForManager(), stats.unreadMessages(), stats.messagesToday());
    }
}
