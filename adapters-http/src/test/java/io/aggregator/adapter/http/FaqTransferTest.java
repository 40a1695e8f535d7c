package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.FaqFixture.OTHER_TENANT;
import static io.aggregator.adapter.http.FaqFixture.TENANT;
import static io.aggregator.adapter.http.FaqFixture.assertProblem;
import static io.aggregator.adapter.http.FaqFixture.faqs;
import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.adapter.http.HttpClientForTests.Answer;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing FAQs from JSON and CSV, exporting them, and the way back. */
class FaqTransferTest {
    private static final String IMPORT = faqs(TENANT) + "/import";
    private static final String HEADER = "question,answer,keywords,priority,active\r\n";

    private final FaqFixture fixture = new FaqFixture();
    private final String admin = fixture.admin;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Answer importJson(String query, String body) {
        return fixture.as(admin, "POST", IMPORT + query, body);
    }

    private Answer importCsv(String query, String body) {
        return fixture.csv(admin, IMPORT + query, body);
    }

    private static final String JSON_WITH_A_BAD_SECOND_ROW = """
            [{"question": "Hours?", "answer": "7-21", "keywords": ["hours", "opening times"], "priority": 3},
             {"question": "  ", "answer": "Nobody asked", "priority": 2000},
             {"question": "Vegan?", "answer": "Oat milk", "keywords": "vegan, dairy-free", "active": false}]""";

    @Test
    void aJsonArrayIsImportedWholeWithTheDefaultsWhereFieldsAreAbsent() {
        Answer answer = importJson("", """
                [{"question": "Hours?", "answer": "7-21", "keywords": ["hours", "opening times"], "priority": 3},
                 {"question": "Vegan?", "answer": "Oat milk", "keywords": "vegan, dairy-free", "active": false}]""");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("imported").asInt()).isEqualTo(2);
        assertThat(answer.body().path("rejected").asInt()).isZero();
        assertThat(answer.body().path("errors")).isEmpty();
        assertThat(fixture.stored(TENANT)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactly(
                        new Faq(FaqId.newId(), "Hours?", "7-21", Keywords.of(List.of("hours", "opening times")), 3, true),
                        new Faq(FaqId.newId(), "Vegan?", "Oat milk", Keywords.parse("vegan, dairy-free"), 1, false));
    }

    @Test
    void givenABadRow_thenNothingIsImportedAndEveryProblemIsNamedWithItsRow() {
        Faq existing = fixture.seed(TENANT, "Existing?", 1, true);

        Answer answer = importJson("", JSON_WITH_A_BAD_SECOND_ROW);

        assertProblem(answer, 422, "row 2: question", "row 2: priority");
        assertThat(answer.body().path("detail").asText()).startsWith("1 of 3 rows are invalid, so nothing was imported");
        assertThat(fixture.stored(TENANT)).containsExactly(existing);
    }

    @Test
    void givenABadRowInAPartialImport_thenTheGoodRowsAreImportedAndTheBadOneReported() {
        Faq existing = fixture.seed(TENANT, "Existing?", 1, true);

        Answer answer = importJson("?partial=true", JSON_WITH_A_BAD_SECOND_ROW);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("imported").asInt()).isEqualTo(2);
        assertThat(answer.body().path("rejected").asInt()).isEqualTo(1);
        assertThat(answer.body().path("rejected_rows").toString()).isEqualTo("[2]");
        assertThat(answer.body().path("errors").findValuesAsText("field"))
                .containsExactly("row 2: question", "row 2: priority");
        assertThat(fixture.stored(TENANT)).extracting(Faq::question).containsExactly("Hours?", "Existing?", "Vegan?");
    }

    @Test
    void rowsThatAreNotFaqsAreNamedByTheirPositionAndWhatIsWrongWithThem() {
        Faq existing = fixture.seed(TENANT, "Existing?", 1, true);
        String rows = """
                [{"question": "Good?", "answer": "Yes"},
                 "just text",
                 {"question": "Colour?", "answer": "Red", "colour": "red"},
                 {"question": "Priority?", "answer": "High", "priority": "high"},
                 {"question": "Keywords?", "answer": "Bad", "keywords": ["a,b"], "id": "0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b"},
                 {"question": "Nul\\u0000?", "answer": "😀"}]""";

        Answer whole = importJson("", rows);
        Answer partial = importJson("?partial=true", rows);

        List<String> expected = List.of("row 2: row", "row 3: colour", "row 4: priority", "row 5: id", "row 5: keywords",
                "row 6: question");
        assertProblem(whole, 422, expected.toArray(String[]::new));
        assertThat(partial.body().path("errors").findValuesAsText("field")).containsExactlyElementsOf(expected);
        assertThat(partial.body().path("rejected_rows").toString()).isEqualTo("[2,3,4,5,6]");
        assertThat(fixture.stored(TENANT)).extracting(Faq::question).containsExactly("Existing?", "Good?");
        assertThat(fixture.stored(TENANT)).contains(existing);
    }

    @Test
    void aCsvFileIsImportedWithItsRowsNamedByTheirLineInTheFile() {
        Faq existing = fixture.seed(TENANT, "Existing?", 1, true);
        String csv = HEADER
                + "What are your opening hours?,\"We open 7am-9pm daily,\nweekends 8am-8pm\",\"hours, opening, time\",2,true\r\n"
                + "\r\n"
                + ",No question,,,\r\n"
                + "Vegan?,Oat milk,vegan,high,maybe\r\n"
                + "Too few cells?,Yes\r\n"
                + "Wi-Fi?,\"Yes, \"\"aggregator\"\"\",,,\r\n";

        Answer whole = importCsv("", csv);
        Answer partial = importCsv("?partial=true", csv);

        assertProblem(whole, 422, "row 5: question", "row 6: priority", "row 6: active", "row 7: row");
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body().path("imported").asInt()).isEqualTo(2);
        assertThat(partial.body().path("rejected_rows").toString()).isEqualTo("[5,6,7]");
        assertThat(fixture.stored(TENANT)).containsExactly(
                new Faq(fixture.stored(TENANT).get(0).id(), "What are your opening hours?",
                        "We open 7am-9pm daily,\nweekends 8am-8pm", Keywords.parse("hours, opening, time"), 2, true),
                existing,
                new Faq(fixture.stored(TENANT).get(2).id(), "Wi-Fi?", "Yes, \"aggregator\"", Keywords.none(), 1, true));
    }

    @Test
    void aCsvHeaderMayOrderAndOmitTheOptionalColumnsAndCarryAByteOrderMark() {
        Answer answer = importCsv("", "\uFEFFAnswer,Question\nWe open at 7,Hours?\n");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(fixture.stored(TENANT)).extracting(Faq::question, Faq::answer, Faq::priority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hours?", "We open at 7", 1));
    }

    @Test
    void badImportsAreRefusedWholeSayingWhyAndChangeNothing() {
        Faq existing = fixture.seed(TENANT, "Existing?", 1, true);
        String tooMany = IntStream.rangeClosed(1, 5_001)
                .mapToObj(i -> "{\"question\": \"Q" + i + "\", \"answer\": \"A\"}")
                .collect(Collectors.joining(",", "[", "]"));

        assertProblem(importJson("", "{\"question\": \"Hours?\", \"answer\": \"7-21\"}"), 422, "body");
        assertProblem(importJson("", "[{\"question\": \"Hours?\", "), 400);
        assertProblem(importJson("", ""), 422, "body");
        assertProblem(importJson("", "[]"), 422, "rows");
        assertProblem(importJson("", tooMany), 422, "rows");
        assertProblem(importCsv("", HEADER), 422, "rows");
        assertProblem(importCsv("", "question,answer,colour\nHours?,7-21,red\n"), 422, "header");
        assertProblem(importCsv("", "question,keywords\nHours?,hours\n"), 422, "header");
        assertProblem(importCsv("", "question,answer,answer\nHours?,7-21,7-21\n"), 422, "header");
        assertProblem(importCsv("", HEADER + "Hours?,\"never closed,,1,true\r\n"), 400);
        assertProblem(importJson("?partial=perhaps", "[]"), 422, "partial");
        assertProblem(fixture.api.http.send("POST", IMPORT, "question,answer", Map.of(
                "Authorization", "Bearer " + admin, "Content-Type", "text/plain")), 415);
        assertProblem(fixture.api.http.sendBytes("POST", IMPORT, "question,answer\nCaf\u00e9?,Yes\n"
                .getBytes(StandardCharsets.ISO_8859_1), Map.of("Authorization", "Bearer " + admin,
                "Content-Type", "text/csv")), 400);
        assertThat(fixture.stored(TENANT)).containsExactly(existing);
    }

    @Test
    void anImportOfTheMostRowsAllowedIsTakenWhole() {
        String rows = IntStream.rangeClosed(1, 5_000)
                .mapToObj(i -> "{\"question\": \"Q" + i + "\", \"answer\": \"A\"}")
                .collect(Collectors.joining(",", "[", "]"));

        Answer answer = importJson("", rows);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(fixture.stored(TENANT)).hasSize(5_000);
    }

    private void seedAwkwardFaqs() {
        fixture.api.ports.transactions().runInTenant(TenantId.of(TENANT), () -> fixture.api.ports.faqs().addAll(List.of(
                new Faq(FaqId.newId(), "What are your opening hours?", "We open 7am-9pm daily",
                        Keywords.of(List.of("opening hours", "time")), 5, true),
                new Faq(FaqId.newId(), "Do you say \"hello\"?", "Line one,\nline \"two\"\r\nand three",
                        Keywords.none(), 1, false),
                new Faq(FaqId.newId(), "Часы работы в воскресенье?", "С 8 до 20 😀, café\u0301",
                        Keywords.parse("воскресенье, часы работы"), 0, true))));
    }

    @Test
    void aCsvExportIsADownloadThatImportsUnchanged() {
        seedAwkwardFaqs();

        Answer exported = fixture.as(admin, "GET", faqs(TENANT) + "/export?format=csv", null);

        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(exported.header("Content-Disposition")).isEqualTo("attachment; filename=\"faqs-coffee_shop.csv\"");
        assertThat(exported.text()).startsWith(HEADER).contains("\"opening hours, time\"");

        Answer imported = fixture.csv(fixture.otherAdmin, faqs(OTHER_TENANT) + "/import", exported.text());
        Answer exportedAgain = fixture.as(fixture.otherAdmin, "GET", faqs(OTHER_TENANT) + "/export?format=csv", null);

        assertThat(imported.body().path("imported").asInt()).as(imported.text()).isEqualTo(3);
        assertThat(exportedAgain.text()).isEqualTo(exported.text());
        assertThat(fixture.stored(OTHER_TENANT)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(fixture.stored(TENANT));
    }

    @Test
    void aJsonExportIsTheDefaultAndImportsUnchangedToo() {
        seedAwkwardFaqs();

        Answer exported = fixture.as(admin, "GET", faqs(TENANT) + "/export", null);

        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/json");
        assertThat(exported.header("Content-Disposition")).isEqualTo("attachment; filename=\"faqs-coffee_shop.json\"");
        assertThat(exported.body().get(0).path("keywords").toString()).isEqualTo("[\"opening hours\",\"time\"]");
        assertThat(exported.body().get(0).has("id")).isFalse();

        fixture.as(fixture.otherAdmin, "POST", faqs(OTHER_TENANT) + "/import", exported.text());

        assertThat(fixture.as(fixture.otherAdmin, "GET", faqs(OTHER_TENANT) + "/export", null).text())
                .isEqualTo(exported.text());
    }

    @Test
    void anExportOfNoFaqsIsEmptyAndAnUnknownFormatIsRefused() {
        assertThat(fixture.as(admin, "GET", faqs(TENANT) + "/export", null).text()).isEqualTo("[]");
        assertThat(fixture.as(admin, "GET", faqs(TENANT) + "/export?format=csv", null).text()).isEqualTo(HEADER);
        assertProblem(fixture.as(admin, "GET", faqs(TENANT) + "/export?format=xlsx", null), 422, "format");
    }
}
