package io.aggregator.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.Decision.AskAboutManager;
import io.aggregator.domain.conversation.Decision.AskAi;
import io.aggregator.domain.conversation.Decision.BackToBot;
import io.aggregator.domain.conversation.Decision.HandOver;
import io.aggregator.domain.conversation.Decision.ReplyWithAi;
import io.aggregator.domain.conversation.Decision.ReplyWithFaq;
import io.aggregator.domain.conversation.Decision.StaySilent;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of decision refuses a shape the state machine never produces. */
class DecisionTest {
    private static final FaqAnswer ANSWER = new FaqAnswer(FaqId.newId(), "We open at 7.", 0.8);
    private static final ChatTransition MOVED_ON = new ChatTransition(ChatMode.AWAITING_CONFIRMATION, ChatMode.BOT,
            Reason.CUSTOMER_MOVED_ON, Actor.CUSTOMER);

    @Test
    void aTransitionChangesTheMode() {
        assertThatThrownBy(() -> new ChatTransition(ChatMode.BOT, ChatMode.BOT, Reason.FAQ_MATCHED, Actor.BOT))
                .hasMessage("to: must differ from the mode the chat is in, bot");
    }

    @Test
    void onlyAManagerIsNamedByUserId() {
        UserId olga = UserId.newId();

        assertThat(Actor.manager(olga)).isEqualTo(new Actor(Author.MANAGER, olga));
        assertThatThrownBy(() -> new Actor(Author.MANAGER, null))
                .hasMessage("manager_user_id: is required when a manager acts");
        assertThatThrownBy(() -> new Actor(Author.BOT, olga))
                .hasMessage("manager_user_id: is only given when a manager acts, not the bot");
    }

    @Test
    void aReplyCountsItself() {
        assertThatThrownBy(() -> new ReplyWithFaq(ANSWER, 0, Optional.empty()))
                .hasMessage("bot_replies_since_handover: must count the reply itself, got 0");
        assertThatThrownBy(() -> new ReplyWithAi("3.50", ChatMode.BOT, 0))
                .hasMessage("bot_replies_since_handover: must count the reply itself, got 0");
    }

    @Test
    void anAnswerChangesTheModeOnlyWhenTheCustomerMovedOnFromTheQuestion() {
        assertThat(new ReplyWithFaq(ANSWER, 1, Optional.of(MOVED_ON)).transition()).contains(MOVED_ON);
        ChatTransition handover = new ChatTransition(ChatMode.BOT, ChatMode.MANAGER, Reason.NO_ANSWER, Actor.BOT);

        assertThatThrownBy(() -> new AskAi(0, Optional.of(handover)))
                .hasMessageStartingWith("transition: must be the customer moving on to the bot");
    }

    @Test
    void theAiNeverRepliesInAManagersChat() {
        assertThatThrownBy(() -> new ReplyWithAi("3.50", ChatMode.MANAGER, 1))
                .hasMessage("next_mode: must not be manager: the bot never talks over a person");
    }

    @Test
    void aHandoverLeadsToTheManagerAndABackToBotToTheBot() {
        ChatTransition toBot = new ChatTransition(ChatMode.MANAGER, ChatMode.BOT, Reason.INACTIVITY, Actor.SYSTEM);
        ChatTransition toManager = new ChatTransition(ChatMode.BOT, ChatMode.MANAGER, Reason.NO_ANSWER, Actor.BOT);

        assertThatThrownBy(() -> new HandOver(toBot, Optional.empty()))
                .hasMessageStartingWith("transition: must lead to manager for inactivity");
        assertThatThrownBy(() -> new BackToBot(toManager, Optional.empty()))
                .hasMessageStartingWith("transition: must lead to bot for no_answer");
        assertThat(new HandOver(toManager, Optional.empty()).reason()).isEqualTo(Reason.NO_ANSWER);
    }

    @Test
    void aQuestionsTransitionHasTheQuestionsReason() {
        ChatTransition asked = new ChatTransition(ChatMode.BOT, ChatMode.AWAITING_CONFIRMATION,
                Reason.ATTACHMENT_RECEIVED, Actor.CUSTOMER);

        assertThatThrownBy(() -> new AskAboutManager(Reason.NO_ANSWER, "Manager?", 0, Optional.of(asked)))
                .hasMessageStartingWith("transition: must lead to awaiting_confirmation for no_answer");
    }

    @Test
    void aSentTextIsNeverBlank() {
        ChatTransition toManager = new ChatTransition(ChatMode.BOT, ChatMode.MANAGER, Reason.NO_ANSWER, Actor.BOT);

        assertThatThrownBy(() -> new HandOver(toManager, Optional.of(" ")))
                .hasMessage("notice: must not be blank");
        assertThatThrownBy(() -> new AskAboutManager(Reason.NO_ANSWER, "", 0, Optional.empty()))
                .hasMessage("question: must not be blank");
    }

    @Test
    void stayingSilentSendsNothingAndKeepsTheChatAsItIs() {
        StaySilent silent = new StaySilent(Reason.QUESTION_PENDING, ChatMode.AWAITING_CONFIRMATION, 2);

        assertThat(silent.nextMode()).isEqualTo(ChatMode.AWAITING_CONFIRMATION);
        assertThat(silent.botRepliesSinceHandover()).isEqualTo(2);
        assertThat(silent.botText()).isEmpty();
        assertThat(silent.transition()).isEmpty();
        assertThatThrownBy(() -> new StaySilent(Reason.QUESTION_PENDING, ChatMode.BOT, -1))
                .hasMessage("bot_replies_since_handover: must not be negative, got -1");
    }

    @Test
    void reasonsAreWrittenAsLowercaseCodes() {
        assertThat(Reason.CUSTOMER_ASKED_FOR_HUMAN.code()).isEqualTo("customer_asked_for_human");
        assertThat(Reason.fromCode("max_responses_reached")).isEqualTo(Reason.MAX_RESPONSES_REACHED);
        assertThatThrownBy(() -> Reason.fromCode("bored")).hasMessageStartingWith("reason: must be one of faq_matched");
    }
}
