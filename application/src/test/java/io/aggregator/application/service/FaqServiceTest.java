package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.contract.TestData;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.port.in.ManageFaqsUseCase.FaqContent;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportMode;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportReport;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportRow;
import io.aggregator.application.port.in.ManageFaqsUseCase.RejectedRow;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaqServiceTest {
    private final StorePorts ports = InMemoryStores.create();
    private final FaqService service = new FaqService(ports.transactions(), ports.tenants(), ports.faqs());
    private final TenantId tenant = TestData.randomTenantId();
    private final TenantId otherTenant = TestData.randomTenantId();

    @BeforeEach
    void createTenants() {
        ports.transactions().inPlatform(() -> {
            ports.tenants().add(TestData.tenant(tenant));
            ports.tenants().add(TestData.tenant(otherTenant));
            return null;
        });
    }

    private static FaqContent content(String question) {
        return new FaqContent(question, "Answer to " + question, null, null, null);
    }

    private List<Faq> stored(TenantId owner) {
        return ports.transactions().inTenant(owner, () -> ports.faqs().listAll());
    }

    @Test
    void anFaqIsCreatedWithTheDefaultsAndFoundAgain() {
        Faq created = service.create(tenant, content("  Opening hours?  "));

        assertThat(created.question()).isEqualTo("Opening hours?");
        assertThat(created.priority()).isEqualTo(Faq.DEFAULT_PRIORITY);
        assertThat(created.active()).isTrue();
        assertThat(created.keywords()).isEqualTo(Keywords.none());
        assertThat(service.get(tenant, created.id())).isEqualTo(created);
        assertThat(stored(otherTenant)).isEmpty();
    }

    @Test
    void anInvalidFaqIsRefusedNamingEveryFieldAndNothingIsStored() {
        assertThatThrownBy(() -> service.create(tenant, new FaqContent("", null, null, 1001, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("question", "answer", "priority"));
        assertThat(stored(tenant)).isEmpty();
    }

    @Test
    void replacingChangesEveryFieldAndKeepsTheId() {
        Faq created = service.create(tenant, content("Hours?"));

        Faq replaced = service.replace(tenant, created.id(),
                new FaqContent("Opening hours?", "7am-9pm", Keywords.parse("hours"), 7, false));

        assertThat(replaced).isEqualTo(new Faq(created.id(), "Opening hours?", "7am-9pm", Keywords.parse("hours"), 7,
                false));
        assertThat(stored(tenant)).containsExactly(replaced);
    }

    @Test
    void anFaqIsSwitchedOffAndOnAndDeleted() {
        Faq created = service.create(tenant, content("Hours?"));

        assertThat(service.deactivate(tenant, created.id()).active()).isFalse();
        assertThat(service.get(tenant, created.id()).active()).isFalse();
        assertThat(service.activate(tenant, created.id())).isEqualTo(created);
        service.delete(tenant, created.id());
        assertThat(stored(tenant)).isEmpty();
    }

    @Test
    void anUnknownOrAnotherTenantsFaqIsNotFound() {
        Faq theirs = service.create(otherTenant, content("Theirs"));
        FaqId unknown = FaqId.newId();

        for (FaqId id : List.of(unknown, theirs.id())) {
            assertThatThrownBy(() -> service.get(tenant, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.replace(tenant, id, content("Mine"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.activate(tenant, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.deactivate(tenant, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.delete(tenant, id)).isInstanceOf(NotFoundException.class);
        }
        assertThat(stored(otherTenant)).containsExactly(theirs);
    }

    @Test
    void aTenantThatDoesNotExistHasNoFaqs() {
        TenantId missing = TestData.randomTenantId();
        List<ImportRow> oneRow = List.of(ImportRow.read(1, content("Hours?")));

        assertThatThrownBy(() -> service.list(missing, FaqQuery.firstPage(10))).isInstanceOf(NotFoundException.class)
                .hasMessage("no tenant " + missing);
        assertThatThrownBy(() -> service.create(missing, content("Hours?"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.importFaqs(missing, oneRow, ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.export(missing)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListIsPagedAndTheExportHoldsEverythingInListOrder() {
        Faq low = service.create(tenant, new FaqContent("Low", "a", null, 0, null));
        Faq high = service.create(tenant, new FaqContent("High", "a", null, 9, false));
        Faq middle = service.create(tenant, content("Middle"));

        var first = service.list(tenant, FaqQuery.firstPage(2));
        var second = service.list(tenant, FaqQuery.firstPage(2).pageAfter(first.next()));

        assertThat(first.items()).containsExactly(high, middle);
        assertThat(second.items()).containsExactly(low);
        assertThat(second.hasMore()).isFalse();
        assertThat(service.export(tenant)).containsExactly(high, middle, low);
    }

    @Test
    void givenGoodRows_thenAllAreImportedInOneGo() {
        ImportReport report = service.importFaqs(tenant, List.of(
                ImportRow.read(1, content("One")),
                ImportRow.read(2, new FaqContent("Two", "2", Keywords.parse("two, deux"), 5, false))),
                ImportMode.ALL_OR_NOTHING);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        assertThat(stored(tenant)).extracting(Faq::question).containsExactly("Two", "One");
    }

    private static List<ImportRow> twoGoodRowsAndTwoBadOnes() {
        return List.of(
                ImportRow.read(2, content("Good")),
                ImportRow.read(3, new FaqContent(" ", "", null, null, null)),
                new ImportRow(4, new FaqContent("", "Answer", null, null, null),
                        List.of(new Violation("priority", "must be a whole number, got 'high'"))),
                ImportRow.read(5, content("Also good")));
    }

    @Test
    void givenABadRow_thenNothingIsImportedAndEveryProblemOfEveryBadRowIsNamed() {
        Faq existing = service.create(tenant, content("Existing"));

        assertThatThrownBy(() -> service.importFaqs(tenant, twoGoodRowsAndTwoBadOnes(), ImportMode.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("2 of 4 rows are invalid, so nothing was imported");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly(
                            "row 3: question", "row 3: answer", "row 4: priority", "row 4: question");
                });
        assertThat(stored(tenant)).containsExactly(existing);
    }

    @Test
    void givenBadRowsInAPartialImport_thenTheGoodOnesAreImportedAndTheBadOnesReported() {
        ImportReport report = service.importFaqs(tenant, twoGoodRowsAndTwoBadOnes(), ImportMode.GOOD_ROWS_ONLY);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::row).containsExactly(3, 4);
        assertThat(report.rejected().get(1).violations()).containsExactly(
                new Violation("row 4: priority", "must be a whole number, got 'high'"),
                new Violation("row 4: question", "must not be blank"));
        assertThat(stored(tenant)).extracting(Faq::question).containsExactly("Good", "Also good");
    }

    @Test
    void aRowThatCouldNotBeReadAtAllIsReportedWithItsReasonOnly() {
        ImportRow unreadable = new ImportRow(7, null, List.of(new Violation("row", "must be a JSON object")));

        ImportReport report = service.importFaqs(tenant, List.of(unreadable), ImportMode.GOOD_ROWS_ONLY);

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).containsExactly(new RejectedRow(7, unreadable.unreadable()));
        assertThat(stored(tenant)).isEmpty();
    }

    @Test
    void anEmptyImportAndOneOverTheLimitAreRefusedWhole() {
        List<ImportRow> tooMany = new ArrayList<>(IntStream.rangeClosed(1, io.aggregator.application.port.in.ManageFaqsUseCase.MAX_IMPORT_ROWS + 1)
                .mapToObj(row -> ImportRow.read(row, content("Question " + row))).toList());

        assertThatThrownBy(() -> service.importFaqs(tenant, List.of(), ImportMode.GOOD_ROWS_ONLY))
                .hasMessage("rows: there is nothing to import");
        assertThatThrownBy(() -> service.importFaqs(tenant, tooMany, ImportMode.GOOD_ROWS_ONLY))
                .hasMessage("rows: an import takes at most 5000 FAQs, got 5001; split it into several");
        assertThat(stored(tenant)).isEmpty();

        tooMany.remove(tooMany.size() - 1);
        assertThat(service.importFaqs(tenant, tooMany, ImportMode.ALL_OR_NOTHING).imported()).isEqualTo(5_000);
    }
}
