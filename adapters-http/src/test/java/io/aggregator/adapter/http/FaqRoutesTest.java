package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.FaqFixture.OTHER_TENANT;
import static io.aggregator.adapter.http.FaqFixture.TENANT;
import static io.aggregator.adapter.http.FaqFixture.assertProblem;
import static io.aggregator.adapter.http.FaqFixture.faq;
import static io.aggregator.adapter.http.FaqFixture.faqs;
import static io.aggregator.adapter.http.FaqFixture.questions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.http.HttpClientForTests.Answer;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The FAQ routes over real HTTP: what an admin can do, what bad input gets, and who gets nothing. */
class FaqRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaqFixture fixture = new FaqFixture();
    private final String admin = fixture.admin;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer create(String body) {
        return fixture.as(admin, "POST", faqs(TENANT), body);
    }

    @Test
    void anAdminCreatesReadsReplacesSwitchesAndDeletesAnFaq() {
        var created = create("{\"question\": \" What are your opening hours? \", \"answer\": \"We open 7am-9pm daily\", "
                + "\"keywords\": \"hours, opening, time\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(faq(TENANT, id));
        assertThat(created.body()).isEqualTo(JSON.valueToTree(Map.of("id", id,
                "question", "What are your opening hours?", "answer", "We open 7am-9pm daily",
                "keywords", List.of("hours", "opening", "time"), "priority", 1, "active", true)));
        assertThat(fixture.as(admin, "GET", faq(TENANT, id), null).body()).isEqualTo(created.body());

        var replaced = fixture.as(admin, "PUT", faq(TENANT, id), "{\"id\": \"" + id + "\", \"question\": \"Hours?\", "
                + "\"answer\": \"7-21\", \"keywords\": [\"hours\", \"opening times\"], \"priority\": 5, \"active\": false}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(fixture.stored(TENANT)).containsExactly(new Faq(FaqId.parse(id), "Hours?", "7-21",
                Keywords.of(List.of("hours", "opening times")), 5, false));

        assertThat(fixture.as(admin, "POST", faq(TENANT, id) + "/activate", null).body().path("active").asBoolean())
                .isTrue();
        assertThat(fixture.as(admin, "POST", faq(TENANT, id) + "/deactivate", null).body().path("active").asBoolean())
                .isFalse();
        assertThat(fixture.stored(TENANT).get(0).active()).isFalse();

        assertThat(fixture.as(admin, "DELETE", faq(TENANT, id), null).status()).isEqualTo(204);
        assertThat(fixture.stored(TENANT)).isEmpty();
        assertProblem(fixture.as(admin, "GET", faq(TENANT, id), null), 404);
    }

    @Test
    void aReplacementWithoutTheOptionalFieldsTakesTheirDefaults() {
        Faq seeded = fixture.seed(TENANT, "Hours?", 9, false);

        var replaced = fixture.as(admin, "PUT", faq(TENANT, seeded.id()), "{\"question\": \"Hours?\", \"answer\": \"7-21\"}");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(fixture.stored(TENANT)).containsExactly(new Faq(seeded.id(), "Hours?", "7-21", Keywords.none(),
                Faq.DEFAULT_PRIORITY, true));
    }

    @Test
    void textInAnyScriptIsStoredAndAnsweredExactlyAsSent() {
        List<String> questions = List.of("Вы открыты в воскресенье? 😀", "Cafe\u0301 au lait?", "👩‍👩‍👧‍👦 family table?",
                "هل لديكم واي فاي؟", "😀".repeat(Faq.MAX_QUESTION_LENGTH));

        for (String question : questions) {
            var created = create(json(Map.of("question", question, "answer", "Да ✅", "keywords", List.of("émoji 🎉"))));

            assertThat(created.status()).as(question).isEqualTo(201);
            assertThat(created.body().path("question").asText()).isEqualTo(question);
            assertThat(created.body().path("keywords").get(0).asText()).isEqualTo("émoji 🎉");
        }
        assertThat(fixture.stored(TENANT)).extracting(Faq::question).containsExactlyElementsOf(questions);
    }

    /**
     * A body that must be refused, the status, and the fields it names: in errors for a 422, in the
     * detail for a 400 (a body that is not JSON at all names none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json at all                                               | 400 |
            {"question": "Hours?", "answer":                              | 400 |
            [{"question": "Hours?", "answer": "7-21"}]                    | 400 |
            {"question": {"text": "Hours?"}, "answer": "7-21"}            | 400 | question
            {"question": "Hours?", "answer": "7-21", "priority": "high"}  | 400 | priority
            {"question": "Hours?", "answer": "7-21", "priority": 1.5}     | 400 | priority
            {"question": "Hours?", "answer": "7-21", "active": "yes"}     | 400 | active
            {"question": "Hours?", "answer": "7-21", "colour": "red"}     | 400 | colour
            {"question": "Hours?", "answer": "7-21", "keywords": 5}       | 422 | keywords
            {"question": "Hours?", "answer": "7-21", "keywords": [1, 2]}  | 422 | keywords
            {"question": "Hours?", "answer": "7-21", "keywords": ["a,b"]} | 422 | keywords
            {"answer": "7-21"}                                            | 422 | question
            {}                                                            | 422 | question,answer
            {"question": " ", "answer": "", "priority": -1}               | 422 | question,answer,priority
            {"question": "Hours?", "answer": "7-21", "priority": 1001}    | 422 | priority
            {"question": "Nul\\u0000?", "answer": "7-21"}                 | 422 | question
            {"question": "Half \\ud83d of an emoji?", "answer": "7-21"}   | 422 | question
            {"id": "0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b", "question": "Hours?", "answer": "7-21"} | 422 | id
            """)
    void givenABadFaqToCreateOrReplace_thenItIsRefusedNamingTheFieldAndNothingChanges(String body, int status,
                                                                                   String fields) {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);
        String[] named = fields == null ? new String[0] : fields.split(",");

        Answer created = create(body);
        Answer replaced = fixture.as(admin, "PUT", faq(TENANT, seeded.id()), body.replace(
                "0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b", FaqId.newId().toString()));

        for (Answer answer : List.of(created, replaced)) {
            if (status == 400) {
                assertProblem(answer, 400);
                assertThat(answer.body().path("detail").asText()).contains(named.length == 0 ? "" : "'" + named[0] + "'")
                        .doesNotContain("io.aggregator", "Exception");
            } else {
                assertProblem(answer, status, named);
            }
        }
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
    }

    @Test
    void aMistypedFieldIsNamedInTheAnswer() {
        assertThat(create("{\"question\": \"Hours?\", \"answer\": \"7-21\", \"priority\": \"high\"}").body()
                .path("detail").asText()).isEqualTo("field 'priority' has the wrong type: expected a whole number");
        assertThat(create("{\"question\": [\"Hours?\"], \"answer\": \"7-21\"}").body().path("detail").asText())
                .isEqualTo("field 'question' has the wrong type: expected a string");
        assertThat(create("{\"question\": \"Hours?\", \"answer\": \"7-21\", \"colour\": \"red\"}").body()
                .path("detail").asText()).isEqualTo("unknown field 'colour'");
    }

    @Test
    void aTwentyThousandCharacterQuestionIsRefusedSayingHowLongItMayBe() {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);
        String body = json(Map.of("question", "x".repeat(20_000), "answer", "7-21"));

        Answer answer = create(body);

        assertProblem(answer, 422, "question");
        assertThat(answer.body().path("errors").get(0).path("message").asText())
                .isEqualTo("must be at most 1000 characters, got 20000");
        assertProblem(fixture.as(admin, "PUT", faq(TENANT, seeded.id()), body), 422, "question");
        assertProblem(create(json(Map.of("question", "😀".repeat(1001), "answer", "7-21"))), 422, "question");
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
    }

    @Test
    void anIdInTheBodyOfAReplacementMustBeTheOneInThePath() {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);
        Faq other = fixture.seed(TENANT, "Other?", 1, true);

        assertProblem(fixture.as(admin, "PUT", faq(TENANT, seeded.id()), "{\"id\": \"" + other.id()
                + "\", \"question\": \"Hijack\", \"answer\": \"x\"}"), 422, "id");
        assertThat(fixture.stored(TENANT)).containsExactly(seeded, other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "not-an-id", "0190A3F2-7C1E-7B3D-9F2A", "0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b"})
    void aMalformedOrUnknownFaqIdIsNotFoundOnEveryRoute(String id) {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);

        assertProblem(fixture.as(admin, "GET", faq(TENANT, id), null), 404);
        assertProblem(fixture.as(admin, "PUT", faq(TENANT, id), "{\"question\": \"Q\", \"answer\": \"A\"}"), 404);
        assertProblem(fixture.as(admin, "POST", faq(TENANT, id) + "/activate", null), 404);
        assertProblem(fixture.as(admin, "POST", faq(TENANT, id) + "/deactivate", null), 404);
        assertProblem(fixture.as(admin, "DELETE", faq(TENANT, id), null), 404);
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
    }

    @Test
    void theListIsPagedByPriorityThenAgeFollowingNextCursor() {
        List<Faq> seeded = new ArrayList<>();
        int[] priorities = {1, 5, 1, 3, 5, 0, 1};
        for (int i = 0; i < priorities.length; i++) {
            seeded.add(fixture.seed(TENANT, "Question " + i, priorities[i], true));
        }
        List<String> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String path = faqs(TENANT) + "?limit=3";
        while (path != null) {
            Answer page = fixture.as(admin, "GET", path, null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().path("items").size()).isLessThanOrEqualTo(3);
            seen.addAll(questions(page.body().path("items")));
            JsonNode next = page.body().path("next_cursor");
            assertThat(page.body().has("next_cursor")).isTrue();
            pages.add(next.isNull() ? null : next.asText());
            path = next.isNull() ? null : faqs(TENANT) + "?limit=3&cursor=" + next.asText();
        }

        assertThat(seen).containsExactly("Question 1", "Question 4", "Question 3", "Question 0", "Question 2",
                "Question 6", "Question 5");
        assertThat(pages).hasSize(3).endsWith((String) null);
        assertThat(questions(fixture.as(admin, "GET", faqs(TENANT), null).body().path("items"))).hasSize(7);
    }

    @Test
    void theListIsFilteredByStateAndSearchedIgnoringCase() {
        fixture.seed(TENANT, "Opening hours?", 1, true);
        fixture.seed(TENANT, "Vegan options?", 1, false);
        fixture.seed(TENANT, "100% arabica?", 1, true);
        fixture.seed(TENANT, "Время работы?", 1, true);

        assertThat(questions(fixture.as(admin, "GET", faqs(TENANT) + "?active=false", null).body().path("items")))
                .containsExactly("Vegan options?");
        assertThat(questions(fixture.as(admin, "GET", faqs(TENANT) + "?active=true&q=OPENING", null).body()
                .path("items"))).containsExactly("Opening hours?");
        assertThat(questions(fixture.as(admin, "GET", faqs(TENANT) + "?q=%25", null).body().path("items")))
                .containsExactly("100% arabica?");
        assertThat(questions(fixture.as(admin, "GET", faqs(TENANT) + "?q=%D0%B2%D1%80%D0%B5%D0%BC%D1%8F", null)
                .body().path("items"))).containsExactly("Время работы?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cursor=not-a-cursor  | cursor
            cursor=MTo0Mg        | cursor
            limit=0              | limit
            limit=201            | limit
            limit=ten            | limit
            active=maybe         | active
            """)
    void givenABadListParameter_thenItIsRefusedNamingIt(String query, String field) {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);

        assertProblem(fixture.as(admin, "GET", faqs(TENANT) + "?" + query, null), 422, field);
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsRefused() {
        assertProblem(fixture.as(admin, "GET", faqs(TENANT) + "?q=" + "x".repeat(201), null), 422, "q");
    }

    /** Each FAQ route, called with a plausible request: the id of an FAQ of {@code owner} and a valid body. */
    private List<Answer> callEveryFaqRoute(String token, String owner, Faq faq) {
        List<Answer> answers = new ArrayList<>();
        for (ApiRoute route : fixture.api.api.routes()) {
            if (!route.path().startsWith(FaqRoutes.FAQS)) {
                continue;
            }
            String path = route.path().replace("{tenant}", owner).replace("{faq_id}", faq.id().toString());
            String body = route.path().endsWith("/import") ? "[{\"question\": \"Q\", \"answer\": \"A\"}]"
                    : route.method().equals("POST") || route.method().equals("PUT")
                    ? "{\"question\": \"Q\", \"answer\": \"A\"}" : null;
            answers.add(fixture.as(token, route.method(), path, body));
        }
        return answers;
    }

    @Test
    void noFaqRouteIsForManagersOrAnonymousCallers() {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);

        List<Answer> byManager = callEveryFaqRoute(fixture.manager, TENANT, seeded);
        List<Answer> anonymous = callEveryFaqRoute("no-such-token", TENANT, seeded);

        assertThat(byManager).hasSize(10).allSatisfy(answer -> assertProblem(answer, 403));
        assertThat(anonymous).hasSize(10).allSatisfy(answer -> assertProblem(answer, 401));
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
    }

    /** The platform admin sets tenants up: it may manage a tenant's FAQs like the tenant's admins. */
    @Test
    void thePlatformAdminManagesATenantsFaqs() {
        String root = fixture.api.rootToken();
        Answer created = fixture.as(root, "POST", faqs(TENANT), "{\"question\": \"Opening hours?\", \"answer\": \"9 to 5\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(questions(fixture.as(root, "GET", faqs(TENANT), null).body().path("items")))
                .containsExactly("Opening hours?");
        String id = created.body().path("id").asText();
        assertThat(fixture.as(root, "DELETE", faqs(TENANT) + "/" + id, null).status()).isEqualTo(204);
        assertThat(fixture.stored(TENANT)).isEmpty();
    }

    @Test
    void anAdminOfAnotherTenantFindsNothingThereAndChangesNothing() {
        Faq seeded = fixture.seed(TENANT, "Existing?", 1, true);
        Faq theirs = fixture.seed(OTHER_TENANT, "Theirs?", 1, true);

        List<Answer> answers = callEveryFaqRoute(fixture.otherAdmin, TENANT, seeded);

        assertThat(answers).hasSize(10).allSatisfy(answer -> {
            assertProblem(answer, 404);
            assertThat(answer.text()).doesNotContain("Existing?");
        });
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
        // and through their own tenant's path, this tenant's FAQ does not exist either
        assertProblem(fixture.as(fixture.otherAdmin, "GET", faq(OTHER_TENANT, seeded.id()), null), 404);
        assertProblem(fixture.as(fixture.otherAdmin, "DELETE", faq(OTHER_TENANT, seeded.id()), null), 404);
        assertThat(questions(fixture.as(fixture.otherAdmin, "GET", faqs(OTHER_TENANT), null).body().path("items")))
                .containsExactly("Theirs?");
        assertThat(fixture.stored(TENANT)).containsExactly(seeded);
        assertThat(fixture.stored(OTHER_TENANT)).containsExactly(theirs);
    }

    @Test
    void theOpenApiDocumentDescribesEveryFaqRouteAndNoOther() {
        JsonNode document = fixture.api.http.get("/api/v1/openapi.json").body();
        List<String> declared = fixture.api.api.routes().stream()
                .filter(route -> route.path().startsWith(FaqRoutes.FAQS))
                .map(route -> route.method() + " " + route.path()).toList();
        List<String> documented = new ArrayList<>();
        document.path("paths").properties().stream()
                .filter(path -> path.getKey().startsWith(FaqRoutes.FAQS))
                .forEach(path -> path.getValue().properties().stream()
                        .filter(operation -> !operation.getKey().equals("parameters"))
                        .forEach(operation -> documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " "
                                + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(document.path("components").path("parameters").has("faqId")).isTrue();
        assertThat(document.path("components").path("schemas").has("FaqImportReport")).isTrue();
    }
}
