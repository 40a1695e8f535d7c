package io.aggregator.application.port.in;

/**
 * Gives chats back to the bot whose customer has been silent for the tenant's
 * {@code reactivate_after_minutes}; run every minute or so, by any number of server nodes at once.
 */
public interface ReactivateIdleChatsUseCase {

    /** @return how many chats went back to the bot */
    int reactivateIdleChats();
}
