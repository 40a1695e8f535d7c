package io.aggregator.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.application.port.in.ManageFaqsUseCase;
import io.aggregator.application.port.in.ManageFaqsUseCase.FaqContent;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportMode;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportReport;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportRow;
import io.aggregator.application.port.in.ManageFaqsUseCase.RejectedRow;
import io.aggregator.application.port.out.FaqCursor;
import io.aggregator.application.port.out.FaqPage;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** A tenant's FAQs, for the tenant's admins: list and search, edit, switch on and off, import, export. */
final class FaqRoutes {
    static final String FAQS = "/api/v1/tenants/{tenant}/faqs";
    static final String FAQ = FAQS + "/{faq_id}";
    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    private static final Violation ID_IS_THE_SERVERS = new Violation("id", "is chosen by the server; leave it out");

    record FaqJson(String id, String question, String answer, List<String> keywords, int priority, boolean active) {
        static FaqJson of(Faq faq) {
            return new FaqJson(faq.id().toString(), faq.question(), faq.answer(), faq.keywords().values(),
                    faq.priority(), faq.active());
        }
    }

    /**
     * An FAQ as a client writes it. {@code keywords} is an array of strings or the seed's
     * comma-separated text; {@code id} may only repeat the id in the path, so that an FAQ read with
     * GET can be sent back with PUT.
     */
    record FaqInput(String id, String question, String answer, Object keywords, Integer priority, Boolean active) {
        FaqContent toContent() {
            return new FaqContent(question, answer, keywordsOf(keywords), priority, active);
        }

        /** Every problem that keeps the row from being read is reported, not only the first. */
        ImportRow toImportRow(int row) {
            List<Violation> unreadable = new ArrayList<>();
            if (id != null) {
                unreadable.add(ID_IS_THE_SERVERS);
            }
            Keywords read = Require.collecting(unreadable, keywords, FaqRoutes::keywordsOf);
            return new ImportRow(row, new FaqContent(question, answer, read, priority, active), unreadable);
        }
    }

    record FaqList(List<FaqJson> items, String nextCursor) {
    }

    /** An export's entry: an FAQ without its id, which is the tenant's own; the import takes it as it is. */
    record ExportedFaq(String question, String answer, List<String> keywords, int priority, boolean active) {
        static ExportedFaq of(Faq faq) {
            return new ExportedFaq(faq.question(), faq.answer(), faq.keywords().values(), faq.priority(),
                    faq.active());
        }
    }

    /** {@code errors} is flat, in the same form as a problem's, with the row in each field: "row 3: question". */
    record ImportAnswer(int imported, int rejected, List<Integer> rejectedRows, List<Problem.FieldError> errors) {
        static ImportAnswer of(ImportReport report) {
            return new ImportAnswer(report.imported(), report.rejected().size(),
                    report.rejected().stream().map(RejectedRow::row).toList(),
                    report.rejected().stream().flatMap(row -> row.violations().stream())
                            .map(Problem.FieldError::of).toList());
        }
    }

    private final ManageFaqsUseCase faqs;
    private final ObjectMapper json;

    FaqRoutes(ManageFaqsUseCase faqs, ObjectMapper json) {
        this.faqs = faqs;
        this.json = json;
    }

    void register(ApiRoutes routes) {
        routes.get(FAQS, Access.TENANT_OR_PLATFORM_ADMIN, this::list);
        routes.post(FAQS, Access.TENANT_OR_PLATFORM_ADMIN, this::create);
        // before FAQ: "import" and "export" would otherwise be taken for an FAQ's id
        routes.post(FAQS + "/import", Access.TENANT_OR_PLATFORM_ADMIN, List.of(JSON, CSV), this::importFaqs);
        routes.get(FAQS + "/export", Access.TENANT_OR_PLATFORM_ADMIN, this::export);
        routes.get(FAQ, Access.TENANT_OR_PLATFORM_ADMIN, ctx -> ctx.json(FaqJson.of(faqs.get(Requests.tenant(ctx), faqId(ctx)))));
        routes.put(FAQ, Access.TENANT_OR_PLATFORM_ADMIN, this::replace);
        routes.delete(FAQ, Access.TENANT_OR_PLATFORM_ADMIN, this::delete);
        routes.post(FAQ + "/activate", Access.TENANT_OR_PLATFORM_ADMIN,
                ctx -> ctx.json(FaqJson.of(faqs.activate(Requests.tenant(ctx), faqId(ctx)))));
        routes.post(FAQ + "/deactivate", Access.TENANT_OR_PLATFORM_ADMIN,
                ctx -> ctx.json(FaqJson.of(faqs.deactivate(Requests.tenant(ctx), faqId(ctx)))));
    }

    private static FaqId faqId(Context ctx) {
        return Requests.pathId(ctx, "faq_id", FaqId::parse);
    }

    private void list(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        FaqQuery query = new FaqQuery(Requests.booleanQuery(ctx, "active"), ctx.queryParam("q"),
                cursor == null || cursor.isBlank() ? null : FaqCursor.parse(cursor.strip()),
                Requests.intQuery(ctx, "limit", FaqQuery.DEFAULT_LIMIT, 1, FaqQuery.MAX_LIMIT));
        FaqPage page = faqs.list(Requests.tenant(ctx), query);
        FaqCursor next = page.next();
        ctx.json(new FaqList(page.items().stream().map(FaqJson::of).toList(), next == null ? null : next.text()));
    }

    private void create(Context ctx) {
        FaqInput input = Requests.body(ctx, FaqInput.class);
        if (input.id() != null) {
            throw new ValidationException(List.of(ID_IS_THE_SERVERS));
        }
        TenantId tenant = Requests.tenant(ctx);
        Faq created = faqs.create(tenant, input.toContent());
        ctx.status(201).header("Location", "/api/v1/tenants/" + tenant + "/faqs/" + created.id())
                .json(FaqJson.of(created));
    }

    private void replace(Context ctx) {
        FaqId id = faqId(ctx);
        FaqInput input = Requests.body(ctx, FaqInput.class);
        if (input.id() != null && !input.id().equalsIgnoreCase(id.toString())) {
            throw ValidationException.of("id", "must be the id in the path, or left out");
        }
        ctx.json(FaqJson.of(faqs.replace(Requests.tenant(ctx), id, input.toContent())));
    }

    private void delete(Context ctx) {
        faqs.delete(Requests.tenant(ctx), faqId(ctx));
        ctx.status(204);
    }

    private void importFaqs(Context ctx) throws JacksonException {
        ImportMode mode = Boolean.TRUE.equals(Requests.booleanQuery(ctx, "partial"))
                ? ImportMode.GOOD_ROWS_ONLY : ImportMode.ALL_OR_NOTHING;
        String body = Requests.utf8Body(ctx);
        if (body.isBlank()) {
            throw ValidationException.of("body", "a JSON array of FAQs or a CSV file with a header row is required");
        }
        List<ImportRow> rows = Requests.mediaType(ctx).equals(CSV) ? FaqCsv.read(body) : jsonRows(body);
        ctx.json(ImportAnswer.of(faqs.importFaqs(Requests.tenant(ctx), rows, mode)));
    }

    /** Each element on its own, so that one bad element is that row's problem, not the whole body's. */
    private List<ImportRow> jsonRows(String body) throws JacksonException {
        JsonNode array = json.readTree(body);
        if (!array.isArray()) {
            throw ValidationException.of("body", "must be a JSON array of FAQs");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int row = i + 1;
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                rows.add(new ImportRow(row, null, List.of(new Violation("row", "must be a JSON object"))));
                continue;
            }
            try {
                rows.add(json.treeToValue(element, FaqInput.class).toImportRow(row));
            } catch (JacksonException e) {
                rows.add(new ImportRow(row, null, List.of(JsonProblems.violation(e, "row"))));
            }
        }
        return rows;
    }

    private void export(Context ctx) {
        String format = ctx.queryParam("format");
        boolean csv = "csv".equals(format);
        if (!csv && format != null && !"json".equals(format)) {
            throw ValidationException.of("format", "must be json or csv, got '" + format + "'");
        }
        TenantId tenant = Requests.tenant(ctx);
        List<Faq> all = faqs.export(tenant);
        ctx.header("Content-Disposition", "attachment; filename=\"faqs-" + tenant + (csv ? ".csv" : ".json") + "\"");
        if (csv) {
            ctx.contentType(CSV + "; charset=utf-8").result(FaqCsv.write(all));
        } else {
            ctx.json(all.stream().map(ExportedFaq::of).toList());
        }
    }

    /** Either form the API takes: an array of strings, or the seed's comma-separated text; null if absent. */
    private static Keywords keywordsOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return Keywords.parse(text);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return Keywords.of(list.stream().map(String.class::cast).toList());
        }
        throw ValidationException.of("keywords", "must be an array of strings or one comma-separated string");
    }
}
