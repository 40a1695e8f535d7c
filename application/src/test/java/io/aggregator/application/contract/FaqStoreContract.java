package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.FaqPage;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class FaqStoreContract extends StoreContract {

    private void addInA(Faq... faqs) {
        inA(() -> {
            ports.faqs().addAll(List.of(faqs));
            return null;
        });
    }

    private static Faq faq(String question, String answer, String keywords) {
        return new Faq(FaqId.newId(), question, answer, Keywords.parse(keywords), Faq.DEFAULT_PRIORITY, true);
    }

    /** Every page from the first to the one that says there is no more, each within the limit. */
    private List<Faq> walk(FaqQuery firstPage) {
        List<Faq> seen = new ArrayList<>();
        FaqQuery query = firstPage;
        while (true) {
            FaqQuery asked = query;
            FaqPage page = inA(() -> ports.faqs().page(asked));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(asked.limit());
            seen.addAll(page.items());
            if (!page.hasMore()) {
                return seen;
            }
            assertThat(page.items()).hasSize(asked.limit());
            query = asked.pageAfter(page.next());
        }
    }

    private List<String> search(String text) {
        return inA(() -> ports.faqs().page(new FaqQuery(null, text, null, FaqQuery.MAX_LIMIT))).items().stream()
                .map(Faq::question).toList();
    }

    @Test
    void listsAreOrderedByPriorityThenByAge() {
        Faq low = TestData.faq("Low", 1, true);
        Faq high = TestData.faq("High", 5, true);
        Faq inactive = TestData.faq("Inactive", 9, false);
        Faq lowLater = TestData.faq("Low later", 1, true);
        inA(() -> {
            ports.faqs().add(low);
            ports.faqs().add(high);
            ports.faqs().add(inactive);
            ports.faqs().add(lowLater);
            return null;
        });

        assertThat(inA(() -> ports.faqs().listAll())).containsExactly(inactive, high, low, lowLater);
        assertThat(inA(() -> ports.faqs().listActive())).containsExactly(high, low, lowLater);
    }

    @Test
    void anFaqCanBeUpdatedAndDeleted() {
        Faq faq = TestData.faq("Hours?", 1, true);
        inA(() -> {
            ports.faqs().add(faq);
            return null;
        });
        Faq edited = new Faq(faq.id(), "Opening hours?", "7am-9pm", Keywords.parse("hours, open"), 3, false);

        assertThat(inA(() -> ports.faqs().update(edited))).isTrue();
        assertThat(inA(() -> ports.faqs().findById(faq.id()))).contains(edited);
        assertThat(inA(() -> ports.faqs().delete(faq.id()))).isTrue();
        assertThat(inA(() -> ports.faqs().findById(faq.id()))).isEmpty();
        assertThat(inA(() -> ports.faqs().delete(faq.id()))).isFalse();
    }

    @Test
    void anotherTenantsFaqIsAsGoodAsMissing() {
        Faq faq = TestData.faq("Hours?", 1, true);
        inA(() -> {
            ports.faqs().add(faq);
            return null;
        });
        Faq hijack = new Faq(faq.id(), "Hijacked", "Hijacked", Keywords.none(), 1, true);

        assertThat(inB(() -> ports.faqs().findById(faq.id()))).isEmpty();
        assertThat(inB(() -> ports.faqs().listAll())).isEmpty();
        assertThat(inB(() -> ports.faqs().page(FaqQuery.firstPage(10))).items()).isEmpty();
        assertThat(inB(() -> ports.faqs().page(new FaqQuery(true, "hours", null, 10))).items()).isEmpty();
        assertThat(inB(() -> ports.faqs().update(hijack))).isFalse();
        assertThat(inB(() -> ports.faqs().delete(faq.id()))).isFalse();
        assertThat(inA(() -> ports.faqs().findById(faq.id()))).contains(faq);
    }

    @Test
    void addingAllAtOnceKeepsEveryEntryAndARollbackKeepsNone() {
        List<Faq> batch = List.of(TestData.faq("One", 1, true), TestData.faq("Two", 2, false),
                TestData.faq("Три", 3, true));

        assertThatThrownBy(() -> inA(() -> {
            ports.faqs().addAll(batch);
            throw new IllegalStateException("the import failed half way");
        })).hasMessage("the import failed half way");
        assertThat(inA(() -> ports.faqs().listAll())).isEmpty();

        inA(() -> {
            ports.faqs().addAll(batch);
            ports.faqs().addAll(List.of());
            return null;
        });
        assertThat(inA(() -> ports.faqs().listAll())).containsExactly(batch.get(2), batch.get(1), batch.get(0));
    }

    @Test
    void pagesWalkTheWholeListInItsOrderWithoutGapsOrRepeats() {
        int[] priorities = {3, 1, 3, 0, 2, 1, 3, 2, 1000, 1, 2};
        List<Faq> added = new ArrayList<>();
        for (int i = 0; i < priorities.length; i++) {
            added.add(TestData.faq("Question " + i, priorities[i], i % 3 != 0));
        }
        addInA(added.toArray(Faq[]::new));
        List<Faq> wholeList = inA(() -> ports.faqs().listAll());

        for (int limit : new int[] {1, 2, 3, 4, 11, 12}) {
            assertThat(walk(FaqQuery.firstPage(limit))).as("pages of %d", limit).containsExactlyElementsOf(wholeList);
        }
        assertThat(wholeList).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void aPageThatEndsWithTheLastEntrySaysThereIsNoMore() {
        addInA(TestData.faq("A", 1, true), TestData.faq("B", 1, true));

        FaqPage exactly = inA(() -> ports.faqs().page(FaqQuery.firstPage(2)));
        FaqPage empty = inB(() -> ports.faqs().page(FaqQuery.firstPage(2)));

        assertThat(exactly.items()).hasSize(2);
        assertThat(exactly.hasMore()).isFalse();
        assertThat(exactly.next()).isNull();
        assertThat(empty.items()).isEmpty();
        assertThat(empty.hasMore()).isFalse();
    }

    @Test
    void aCursorStillLeadsOnWhenItsEntryWasDeletedMeanwhile() {
        Faq first = TestData.faq("First", 5, true);
        Faq second = TestData.faq("Second", 4, true);
        Faq third = TestData.faq("Third", 4, true);
        Faq fourth = TestData.faq("Fourth", 1, true);
        addInA(first, second, third, fourth);
        FaqPage page = inA(() -> ports.faqs().page(FaqQuery.firstPage(2)));

        inA(() -> ports.faqs().delete(second.id()));
        FaqPage next = inA(() -> ports.faqs().page(FaqQuery.firstPage(2).pageAfter(page.next())));

        assertThat(page.items()).containsExactly(first, second);
        assertThat(next.items()).containsExactly(third, fourth);
    }

    @Test
    void theActiveFilterPagesThroughItsOwnEntriesOnly() {
        List<Faq> added = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            added.add(TestData.faq("Question " + i, i % 4, i % 2 == 0));
        }
        addInA(added.toArray(Faq[]::new));
        List<Faq> wholeList = inA(() -> ports.faqs().listAll());

        assertThat(walk(new FaqQuery(true, null, null, 2)))
                .containsExactlyElementsOf(wholeList.stream().filter(Faq::active).toList())
                .isEqualTo(inA(() -> ports.faqs().listActive()));
        assertThat(walk(new FaqQuery(false, null, null, 2)))
                .containsExactlyElementsOf(wholeList.stream().filter(faq -> !faq.active()).toList())
                .hasSize(4);
    }

    @Test
    void searchIgnoresCaseAndLooksInTheQuestionTheAnswerAndTheKeywords() {
        addInA(faq("What are your OPENING hours?", "7am-9pm", "time"),
                faq("Do you deliver?", "Yes, within opening times", "delivery"),
                faq("Parking?", "Behind the shop", "car, Opening soon"),
                faq("Vegan?", "Oat milk", "vegan"),
                faq("Часы работы?", "С 7 до 21", "время"));

        assertThat(search("opening")).containsExactlyInAnyOrder("What are your OPENING hours?", "Do you deliver?",
                "Parking?");
        assertThat(search("  OAT ")).containsExactly("Vegan?");
        assertThat(search("работы")).containsExactly("Часы работы?");
        assertThat(search("car, opening")).containsExactly("Parking?");
        assertThat(search("nothing like this")).isEmpty();
        assertThat(search(null)).hasSize(5);
    }

    @Test
    void searchTakesLikeWildcardsAndTheEscapeCharacterLiterally() {
        addInA(faq("Is it 100% vegan?", "Yes", ""),
                faq("Is it 1000 times better?", "Yes", ""),
                faq("What is snake_case?", "Words_joined", ""),
                faq("What is snakeXcase?", "Nothing", ""),
                faq("Where is the back\\slash key?", "Top right", ""),
                faq("Where is the backslash key?", "Top right", ""));

        assertThat(search("%")).containsExactly("Is it 100% vegan?");
        assertThat(search("0%")).containsExactly("Is it 100% vegan?");
        assertThat(search("_")).containsExactly("What is snake_case?");
        assertThat(search("e_c")).containsExactly("What is snake_case?");
        assertThat(search("\\")).containsExactly("Where is the back\\slash key?");
        assertThat(search("k\\s")).containsExactly("Where is the back\\slash key?");
    }

    @Test
    void searchFilterAndPagingCombine() {
        List<Faq> added = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            added.add(new Faq(FaqId.newId(), i % 2 == 0 ? "Hours " + i : "Other " + i, "Answer", Keywords.none(),
                    i % 3, i % 4 != 0));
        }
        addInA(added.toArray(Faq[]::new));
        List<Faq> wholeList = inA(() -> ports.faqs().listAll());

        assertThat(walk(new FaqQuery(true, "hours", null, 2))).containsExactlyElementsOf(wholeList.stream()
                .filter(faq -> faq.active() && faq.question().startsWith("Hours")).toList())
                .hasSize(5);
    }

    @Test
    void everyChangeRaisesTheTenantsFaqVersionAndNothingElseDoes() {
        Faq faq = TestData.faq("Versioned?", 1, true);
        long start = inA(() -> ports.faqs().version());

        inA(() -> {
            ports.faqs().add(faq);
            return null;
        });
        long added = inA(() -> ports.faqs().version());
        inA(() -> ports.faqs().update(new Faq(faq.id(), "Versioned!", faq.answer(), faq.keywords(), 2, true)));
        long updated = inA(() -> ports.faqs().version());
        inA(() -> ports.faqs().update(TestData.faq("Not stored", 1, true)));
        inA(() -> ports.faqs().delete(FaqId.newId()));
        long unchanged = inA(() -> ports.faqs().version());
        inA(() -> ports.faqs().delete(faq.id()));
        long deleted = inA(() -> ports.faqs().version());

        assertThat(start).isZero();
        assertThat(added).isGreaterThan(start);
        assertThat(updated).isGreaterThan(added);
        assertThat(unchanged).isEqualTo(updated);
        assertThat(deleted).isGreaterThan(updated);
        assertThat(inB(() -> ports.faqs().version())).isZero();
    }
}
