package io.aggregator.adapter.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.aggregator.application.port.in.ReadInboxUseCase;
import io.aggregator.application.port.in.ReadInboxUseCase.MessagePage;
import io.aggregator.application.port.out.InboxCursor;
import io.aggregator.application.port.out.InboxPage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** The manager inbox, for a tenant's admins and managers: chats, their history, read markers, numbers. */
final class InboxRoutes {
    static final String CHATS = "/api/v1/tenants/{tenant}/chats";
    static final String CHAT = CHATS + "/{chat_id}";

    /** A chat as {@link ChatJson} shows it, with the start of its last message (null while it has none). */
    record InboxChatJson(@JsonUnwrapped ChatJson chat, PreviewJson lastMessage) {
        static InboxChatJson of(InboxRow row) {
            InboxRow.Preview last = row.lastMessage();
            return new InboxChatJson(ChatJson.of(row.chat(), row.unreadCount()),
                    last == null ? null : new PreviewJson(last.author().code(), last.text(), last.createdAt()));
        }
    }

    record PreviewJson(String author, String text, Instant createdAt) {
    }

    record ChatList(List<InboxChatJson> items, String nextCursor) {
    }

    record MessageList(List<MessageJson> items, String nextCursor) {
    }


    private final ReadInboxUseCase inbox;

    InboxRoutes(ReadInboxUseCase inbox) {
        this.inbox = inbox;
    }

    void register(ApiRoutes routes) {
        routes.get(CHATS, Access.TENANT_MEMBER, this::list);
        routes.get(CHAT, Access.TENANT_MEMBER,
                ctx -> ctx.json(InboxChatJson.of(inbox.getChat(Requests.tenant(ctx), chatId(ctx)))));
        routes.get(CHAT + "/messages", Access.TENANT_MEMBER, this::messages);
        routes.post(CHAT + "/read", Access.TENANT_MEMBER,
                ctx -> ctx.json(InboxChatJson.of(inbox.markRead(Requests.tenant(ctx), chatId(ctx)))));
        routes.get("/api/v1/tenants/{tenant}/stats", Access.TENANT_MEMBER,
                ctx -> ctx.json(StatsJson.of(inbox.stats(Requests.tenant(ctx)))));
    }

    private static ChatId chatId(Context ctx) {
        return Requests.pathId(ctx, "chat_id", ChatId::parse);
    }

    private void list(Context ctx) {
        String mode = text(ctx, "mode");
        String channel = text(ctx, "channel");
        String cursor = text(ctx, "cursor");
        InboxQuery query = new InboxQuery(mode == null ? null : ChatMode.fromCode(mode),
                channel == null ? null : Channel.of(channel),
                Boolean.TRUE.equals(Requests.booleanQuery(ctx, "hidden")),
                Boolean.TRUE.equals(Requests.booleanQuery(ctx, "unread")), ctx.queryParam("q"),
                cursor == null ? null : InboxCursor.parse(cursor),
                Requests.intQuery(ctx, "limit", InboxQuery.DEFAULT_LIMIT, 1, InboxQuery.MAX_LIMIT));
        InboxPage page = inbox.listChats(Requests.tenant(ctx), query);
        InboxCursor next = page.next();
        ctx.json(new ChatList(page.items().stream().map(InboxChatJson::of).toList(),
                next == null ? null : next.text()));
    }

    private void messages(Context ctx) {
        ChatId chat = chatId(ctx);
        String before = text(ctx, "before");
        String after = text(ctx, "after");
        if (before != null && after != null) {
            throw ValidationException.of("after", "cannot be combined with before: one reads back, the other forwards");
        }
        int limit = Requests.intQuery(ctx, "limit", ReadInboxUseCase.DEFAULT_MESSAGE_LIMIT, 1,
                ReadInboxUseCase.MAX_MESSAGE_LIMIT);
        MessagePage page = after != null
                ? inbox.messagesAfter(Requests.tenant(ctx), chat, MessageCursor.parse("after", after), limit)
                : inbox.messagesBefore(Requests.tenant(ctx), chat,
                        before == null ? null : MessageCursor.parse("before", before), limit);
        ctx.json(new MessageList(page.items().stream().map(MessageJson::of).toList(),
                page.next() == null ? null : page.next().text()));
    }

    /** A query parameter's text, stripped; null when absent or blank. */
    private static String text(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
