package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ManageFaqsUseCase.FaqContent;
import io.aggregator.application.port.in.ManageFaqsUseCase.ImportRow;
import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.Keywords;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * FAQs as CSV (RFC 4180, UTF-8): a header row naming the columns, then one FAQ per record. Keywords
 * are one cell in the seed's comma-separated form. The export writes exactly what the import reads,
 * so an exported file imports unchanged.
 */
final class FaqCsv {
    static final List<String> COLUMNS = List.of("question", "answer", "keywords", "priority", "active");
    private static final List<String> REQUIRED_COLUMNS = List.of("question", "answer");
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** RFC 4180 with CRLF line ends; blank lines between records are skipped when reading. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private FaqCsv() {
    }

    static String write(List<Faq> faqs) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(COLUMNS);
            for (Faq faq : faqs) {
                printer.printRecord(faq.question(), faq.answer(), faq.keywords().asText(), faq.priority(),
                        faq.active());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * The records after the header, each numbered by the line of the file it starts on (the header
     * is line 1; a quoted cell may span lines, and blank lines are skipped but counted).
     *
     * @throws ValidationException naming {@code header} if the columns are not the ones above
     * @throws BadRequestResponse  if the text is not CSV, such as a quote that is never closed
     */
    static List<ImportRow> read(String text) {
        String csv = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        LineNumbers lines = new LineNumbers(csv);
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ValidationException.of("header", "the first line must name the columns: "
                        + String.join(",", COLUMNS));
            }
            Map<String, Integer> columns = columns(records.next());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(row(lines.lineOfRecordAt(record.getCharacterPosition()), record, columns));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequestResponse("the body is not valid CSV: " + message(e));
        }
        return rows;
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw ValidationException.of("header", "unknown column '" + header.get(i) + "'; the columns are "
                        + String.join(",", COLUMNS));
            }
            if (columns.put(name, i) != null) {
                throw ValidationException.of("header", "the column '" + name + "' is named twice");
            }
        }
        if (!columns.keySet().containsAll(REQUIRED_COLUMNS)) {
            throw ValidationException.of("header", "the columns question and answer are required; got "
                    + String.join(",", header.toList()));
        }
        return columns;
    }

    private static ImportRow row(int line, CSVRecord record, Map<String, Integer> columns) {
        if (record.size() != columns.size()) {
            return new ImportRow(line, null, List.of(new Violation("row", "has " + record.size()
                    + " cells where the header names " + columns.size() + " columns")));
        }
        List<Violation> unreadable = new ArrayList<>();
        FaqContent content = new FaqContent(cell(record, columns, "question"), cell(record, columns, "answer"),
                Require.collecting(unreadable, cell(record, columns, "keywords"), Keywords::parse),
                Require.collecting(unreadable, cell(record, columns, "priority"), FaqCsv::priority),
                Require.collecting(unreadable, cell(record, columns, "active"),
                        text -> Requests.trueOrFalse("active", text)));
        return new ImportRow(line, content, unreadable);
    }

    /** The cell of that column, or null if the file has no such column. */
    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : record.get(index);
    }

    /** An empty cell takes the default, as an absent column does. */
    private static Integer priority(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("priority", "must be a whole number, got '" + cell + "'");
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Which line of the text a record starts on, counting \n, \r\n and a lone \r as line breaks. */
    private static final class LineNumbers {
        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The parser gives a record's position as where it began reading, which is before the blank
         * lines it skipped; no record starts with a line break, so those are passed over first.
         */
        int lineOfRecordAt(long position) {
            int start = (int) position;
            while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            int found = Arrays.binarySearch(lineStarts, start);
            // inside a line: binarySearch answers -(the next line's index) - 1
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
