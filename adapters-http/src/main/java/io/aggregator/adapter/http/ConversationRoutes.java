package io.aggregator.adapter.http;

import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.ManageChatsUseCase;
import io.aggregator.application.port.in.MatchFaqsUseCase;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.IncomingMessage;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.Receipt;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The conversation: customer messages from channel connectors (integration keys), the managers'
 * actions in a chat, and the FAQ "try a question" box.
 */
final class ConversationRoutes {
    private static final String CHAT = "/api/v1/tenants/{tenant}/chats/{chat_id}";
    private static final String TRY_BOT_CHANNEL = "web";
    private static final String TRY_BOT_CHAT_PREFIX = "try-bot-";

    record CustomerIn(String displayName, String username, String phone) {
    }

    record InboundMessage(String channel, String chatId, String messageId, CustomerIn customer, String text,
                          List<MessageJson.AttachmentJson> attachments, Instant sentAt) {
        IncomingMessage toCommand() {
            Customer who = customer == null ? Customer.anonymous()
                    : new Customer(customer.displayName(), customer.username(), customer.phone());
            List<Attachment> files = attachments == null ? List.of() : attachments.stream()
                    .map(a -> new Attachment(a.type(), a.name(), a.reference(), a.sizeBytes())).toList();
            return new IncomingMessage(Require.present("channel", channel), Require.text("chat_id", chatId, 128),
                    Require.text("message_id", messageId, Message.MAX_CHANNEL_MESSAGE_ID_LENGTH), who, text, files,
                    sentAt);
        }
    }

    record ReceiptJson(String messageId, String chatId, boolean repeated, String mode, MessageJson botReply) {
        static ReceiptJson of(Receipt receipt) {
            return new ReceiptJson(receipt.messageId().toString(), receipt.chatId().toString(), receipt.repeated(),
                    receipt.mode().code(), receipt.botReply().map(MessageJson::of).orElse(null));
        }
    }

    record ReplyRequest(String text) {
    }

    /** What an admin writes as a customer in the "try the bot" panel. */
    record TryBotRequest(String text) {
    }

    record QuestionRequest(String question, Integer limit) {
    }

    record CandidateJson(String faqId, String question, String answer, double score, int priority) {
    }

    record MatchJson(double minScore, CandidateJson answeredBy, List<CandidateJson> candidates) {
    }

    private final ReceiveCustomerMessageUseCase inbound;
    private final ManageChatsUseCase chats;
    private final MatchFaqsUseCase matches;

    ConversationRoutes(ReceiveCustomerMessageUseCase inbound, ManageChatsUseCase chats, MatchFaqsUseCase matches) {
        this.inbound = inbound;
        this.chats = chats;
        this.matches = matches;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/v1/tenants/{tenant}/messages", Access.INTEGRATION_KEY, this::receive);
        routes.post(CHAT + "/reply", Access.TENANT_MEMBER, this::reply);
        routes.post(CHAT + "/take-over", Access.TENANT_MEMBER, ctx -> answerChat(ctx,
                chats.takeOver(Requests.tenant(ctx), manager(ctx).userId(), chatId(ctx))));
        routes.post(CHAT + "/give-back", Access.TENANT_MEMBER, ctx -> answerChat(ctx,
                chats.giveBackToBot(Requests.tenant(ctx), manager(ctx).userId(), chatId(ctx))));
        routes.post(CHAT + "/hide", Access.TENANT_MEMBER, ctx -> answerChat(ctx,
                chats.setHidden(Requests.tenant(ctx), chatId(ctx), true)));
        routes.post(CHAT + "/unhide", Access.TENANT_MEMBER, ctx -> answerChat(ctx,
                chats.setHidden(Requests.tenant(ctx), chatId(ctx), false)));
        routes.post("/api/v1/tenants/{tenant}/faqs/test", Access.TENANT_OR_PLATFORM_ADMIN, this::tryQuestion);
        routes.post("/api/v1/tenants/{tenant}/try-bot/messages", Access.TENANT_ADMIN, this::tryTheBot);
    }

    /** 202 for a new message; 200 with the same ids when this channel message was received before. */
    private void receive(Context ctx) {
        Receipt receipt = inbound.receive(Requests.tenant(ctx), Requests.body(ctx, InboundMessage.class).toCommand());
        ctx.status(receipt.repeated() ? 200 : 202).json(ReceiptJson.of(receipt));
    }

    /**
     * An admin writes as a customer on the built-in web channel, so the bot and the handover can be
     * tried with no channel connected. Each admin has one such chat; it is an ordinary chat in the
     * inbox, where its answers, deliveries and handovers show as for any customer.
     */
    private void tryTheBot(Context ctx) {
        Caller.TenantUser admin = manager(ctx);
        String text = Require.text("text", Requests.body(ctx, TryBotRequest.class).text(), Message.MAX_TEXT_LENGTH);
        Customer tester = new Customer(admin.username().value(), admin.username().value(), null);
        Receipt receipt = inbound.receive(Requests.tenant(ctx), new IncomingMessage(TRY_BOT_CHANNEL,
                TRY_BOT_CHAT_PREFIX + admin.userId(), UUID.randomUUID().toString(), tester, text, List.of(), null));
        ctx.status(202).json(ReceiptJson.of(receipt));
    }

    private void reply(Context ctx) {
        ReplyRequest request = Requests.body(ctx, ReplyRequest.class);
        Message reply = chats.reply(Requests.tenant(ctx), manager(ctx).userId(), chatId(ctx),
                Require.text("text", request.text(), Message.MAX_TEXT_LENGTH));
        ctx.status(201).json(MessageJson.of(reply));
    }

    private void tryQuestion(Context ctx) {
        QuestionRequest request = Requests.body(ctx, QuestionRequest.class);
        int limit = request.limit() == null ? 5 : Require.inRange("limit", request.limit(), 1, 50);
        var found = matches.match(Requests.tenant(ctx), request.question(), limit);
        List<CandidateJson> candidates = found.candidates().stream()
                .map(c -> new CandidateJson(c.faq().id().toString(), c.faq().question(), c.faq().answer(), c.score(),
                        c.faq().priority()))
                .toList();
        CandidateJson answeredBy = candidates.isEmpty() || candidates.get(0).score() < found.minScore() ? null
                : candidates.get(0);
        ctx.json(new MatchJson(found.minScore(), answeredBy, candidates));
    }

    /** A changed chat as the inbox shows it, with its unread count and last message. */
    private static void answerChat(Context ctx, InboxRow changed) {
        ctx.json(InboxRoutes.InboxChatJson.of(changed));
    }

    private static Caller.TenantUser manager(Context ctx) {
        return (Caller.TenantUser) Requests.caller(ctx);
    }

    private static ChatId chatId(Context ctx) {
        return Requests.pathId(ctx, "chat_id", ChatId::parse);
    }
}
