package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class MessageStoreContract extends StoreContract {
    private Chat chat;

    @BeforeEach
    void createChat() {
        chat = TestData.chat("555");
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });
    }

    @Test
    void everyKindOfMessageLoadsBackAsStored() {
        User manager = TestData.user("maria", Role.MANAGER);
        Message withAttachments = new Message(MessageId.newId(), chat.id(), Author.CUSTOMER, null, null, "",
                List.of(new Attachment("image", "menu.jpg", "AgACAgIAAxkBAAIB", 48_213L),
                        new Attachment("document", null, "https://files.example/price.pdf", null)),
                "tg-1", TestData.NOW.minusSeconds(2), TestData.NOW, null);
        Message fromBot = TestData.botMessage(chat.id(), AnswerSource.FALLBACK, TestData.NOW.plusMillis(1));
        Message fromManager = new Message(MessageId.newId(), chat.id(), Author.MANAGER, null, manager.id(),
                "Hi, Maria here", List.of(), null, TestData.NOW.plusMillis(2), TestData.NOW.plusMillis(2),
                Delivery.failed("the delivery webhook answered 410", TestData.NOW.plusMillis(3)));
        inA(() -> {
            ports.users().add(manager);
            assertThat(ports.messages().addIfNew(withAttachments)).isTrue();
            assertThat(ports.messages().addIfNew(fromBot)).isTrue();
            assertThat(ports.messages().addIfNew(fromManager)).isTrue();
            return null;
        });

        for (Message message : List.of(withAttachments, fromBot, fromManager)) {
            assertThat(inA(() -> ports.messages().findById(message.id()))).contains(message);
        }
    }

    @Test
    void givenSomeIdsAlreadyStored_whenAddingAllIfAbsent_thenOnlyTheNewOnesAreStoredAndTheOthersKept() {
        Message stored = TestData.customerMessage(chat.id(), null, TestData.NOW);
        Message copyOfStored = new Message(stored.id(), chat.id(), Author.CUSTOMER, null, null, "changed text",
                List.of(), null, TestData.NOW, TestData.NOW, null);
        Message fresh = TestData.botMessage(chat.id(), AnswerSource.AI, TestData.NOW.plusSeconds(1));
        inA(() -> ports.messages().addIfNew(stored));

        int added = inA(() -> ports.messages().addAllIfAbsent(List.of(copyOfStored, fresh)));
        int addedAgain = inA(() -> ports.messages().addAllIfAbsent(List.of(copyOfStored, fresh)));

        assertThat(added).isEqualTo(1);
        assertThat(addedAgain).isZero();
        assertThat(inA(() -> ports.messages().findById(stored.id()))).contains(stored);
        assertThat(inA(() -> ports.messages().findById(fresh.id()))).contains(fresh);
        assertThat(inA(() -> ports.messages().addAllIfAbsent(List.of()))).isZero();
    }

    @Test
    void anOutgoingMessagesDeliveryIsUpdated_withinItsTenant() {
        Message fromBot = TestData.botMessage(chat.id(), AnswerSource.FAQ, TestData.NOW);
        inA(() -> ports.messages().addIfNew(fromBot));
        Delivery sent = Delivery.sent(TestData.NOW.plusSeconds(1));

        inA(() -> {
            ports.messages().updateDelivery(fromBot.id(), sent);
            return null;
        });
        inB(() -> {
            ports.messages().updateDelivery(fromBot.id(), Delivery.failed("not yours", TestData.NOW));
            return null;
        });

        assertThat(inA(() -> ports.messages().findById(fromBot.id())).orElseThrow().delivery()).isEqualTo(sent);
    }

    @Test
    void givenTheSameChannelMessageIdAgain_thenNothingIsStored() {
        Message first = TestData.customerMessage(chat.id(), "tg-100", TestData.NOW);
        Message repeat = TestData.customerMessage(chat.id(), "tg-100", TestData.NOW.plusSeconds(5));

        assertThat(inA(() -> ports.messages().addIfNew(first))).isTrue();
        assertThat(inA(() -> ports.messages().addIfNew(repeat))).isFalse();

        assertThat(inA(() -> ports.messages().findByChannelMessageId(chat.id(), "tg-100"))).contains(first);
        assertThat(inA(() -> ports.messages().findById(repeat.id()))).isEmpty();
    }

    @Test
    void messagesWithoutAChannelMessageIdAreNeverTakenForRepeats() {
        assertThat(inA(() -> ports.messages().addIfNew(TestData.botMessage(chat.id(), AnswerSource.AI, TestData.NOW))))
                .isTrue();
        assertThat(inA(() -> ports.messages().addIfNew(TestData.botMessage(chat.id(), AnswerSource.AI, TestData.NOW))))
                .isTrue();
        assertThat(inA(() -> ports.messages().listBefore(chat.id(), null, 10))).hasSize(2);
    }

    @Test
    void historyPagesWalkBackwardsWithoutGapsOrRepeats() {
        List<Message> stored = new ArrayList<>();
        inA(() -> {
            for (int i = 0; i < 7; i++) {
                // two messages share each timestamp, so the id must break the tie
                Message message = TestData.customerMessage(chat.id(), "m" + i,
                        TestData.NOW.plus(i / 2, ChronoUnit.SECONDS));
                ports.messages().addIfNew(message);
                stored.add(message);
            }
            return null;
        });

        List<Message> walked = new ArrayList<>();
        MessageCursor cursor = null;
        while (true) {
            MessageCursor before = cursor;
            List<Message> page = inA(() -> ports.messages().listBefore(chat.id(), before, 3));
            if (page.isEmpty()) {
                break;
            }
            walked.addAll(page);
            cursor = MessageCursor.of(page.get(page.size() - 1));
        }

        List<Message> newestFirst = new ArrayList<>(stored);
        newestFirst.sort((a, b) -> {
            int byTime = b.createdAt().compareTo(a.createdAt());
            return byTime != 0 ? byTime : compareIds(b, a);
        });
        assertThat(walked).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void catchingUpReadsForwardsFromAPositionWithoutGapsOrRepeats() {
        List<Message> stored = new ArrayList<>();
        inA(() -> {
            for (int i = 0; i < 7; i++) {
                // two messages share each timestamp, so the id must break the tie
                Message message = TestData.customerMessage(chat.id(), "m" + i,
                        TestData.NOW.plus(i / 2, ChronoUnit.SECONDS));
                ports.messages().addIfNew(message);
                stored.add(message);
            }
            return null;
        });
        List<Message> oldestFirst = new ArrayList<>(stored);
        oldestFirst.sort((a, b) -> {
            int byTime = a.createdAt().compareTo(b.createdAt());
            return byTime != 0 ? byTime : compareIds(a, b);
        });

        List<Message> walked = new ArrayList<>();
        MessageCursor cursor = MessageCursor.of(oldestFirst.get(0));
        while (true) {
            MessageCursor after = cursor;
            List<Message> page = inA(() -> ports.messages().listAfter(chat.id(), after, 2));
            if (page.isEmpty()) {
                break;
            }
            walked.addAll(page);
            cursor = MessageCursor.of(page.get(page.size() - 1));
        }

        assertThat(walked).containsExactlyElementsOf(oldestFirst.subList(1, oldestFirst.size()));
        assertThat(inB(() -> ports.messages().listAfter(chat.id(), MessageCursor.of(oldestFirst.get(0)), 10)))
                .isEmpty();
    }

    private static int compareIds(Message a, Message b) {
        int high = Long.compareUnsigned(a.id().value().getMostSignificantBits(), b.id().value().getMostSignificantBits());
        return high != 0 ? high
                : Long.compareUnsigned(a.id().value().getLeastSignificantBits(), b.id().value().getLeastSignificantBits());
    }

    @Test
    void anotherTenantCannotReadOrFindTheMessages() {
        Message message = TestData.customerMessage(chat.id(), "secret", TestData.NOW);
        inA(() -> ports.messages().addIfNew(message));

        assertThat(inB(() -> ports.messages().findById(message.id()))).isEmpty();
        assertThat(inB(() -> ports.messages().findByChannelMessageId(chat.id(), "secret"))).isEmpty();
        assertThat(inB(() -> ports.messages().listBefore(chat.id(), null, 10))).isEmpty();
    }
}
