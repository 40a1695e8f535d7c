package io.aggregator.application.port.out;

/**
 * A tenant's inbox in numbers. Hidden chats count too: hiding a chat tidies the list, it does not
 * take the chat out of the tenant's work.
 *
 * @param waitingForManager chats a manager answers or is being asked to answer (mode manager or
 *                          awaiting_confirmation) that hold unread customer messages
 * @param unreadMessages    customer messages no manager has read yet, in all chats
 * @param messagesToday     messages stored since midnight UTC, of every author
 */
public record InboxStats(long chats, long inBotMode, long awaitingConfirmation, long inManagerMode,
                         long waitingForManager, long unreadMessages, long messagesToday) {
}
