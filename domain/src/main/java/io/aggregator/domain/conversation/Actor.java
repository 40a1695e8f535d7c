package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.user.UserId;

/**
 * Who caused a change of a chat's mode: the customer, the bot, the product itself (a timer), or a
 * manager, who is then named by user id so the inbox can say who took a chat.
 */
public record Actor(Author kind, UserId managerUserId) {
    public static final Actor CUSTOMER = new Actor(Author.CUSTOMER, null);
    public static final Actor BOT = new Actor(Author.BOT, null);
    public static final Actor SYSTEM = new Actor(Author.SYSTEM, null);

    public Actor {
        Require.present("actor", kind);
        if ((kind == Author.MANAGER) != (managerUserId != null)) {
            throw ValidationException.of("manager_user_id", kind == Author.MANAGER
                    ? "is required when a manager acts"
                    : "is only given when a manager acts, not the " + kind.code());
        }
    }

    public static Actor manager(UserId managerUserId) {
        return new Actor(Author.MANAGER, Require.present("manager_user_id", managerUserId));
    }
}
