package io.aggregator.domain.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the single-tenant system's free-text FAQ (its {@code faqs} setting) as questions and answers,
 * but only where the text says unmistakably which part is which:
 * <ul>
 *   <li>labelled lines: {@code Q:} / {@code A:}, {@code Question:} / {@code Answer:},
 *       {@code Вопрос:} / {@code Ответ:}, {@code В:} / {@code О:} (a part may go on over several lines);</li>
 *   <li>numbered blocks 1, 2, 3... whose question ends with {@code ?} on the block's first line
 *       ({@code 1. When do you open? At nine.}), or whose first line is the question and the
 *       following lines the answer;</li>
 *   <li>paragraphs separated by blank lines, each a first line ending with {@code ?} followed by its
 *       answer.</li>
 * </ul>
 * Text of any other shape, or with anything around the pairs that belongs to no pair, is not read at
 * all: the caller keeps such text whole rather than keep a part of it.
 */
public final class FaqTextParser {
    private static final Pattern QUESTION_LABEL = Pattern.compile(
            "^\\s*(?:\\d{1,3}[.)]\\s*)?(?:q|question|вопрос|в)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANSWER_LABEL = Pattern.compile(
            "^\\s*(?:a|answer|ответ|о)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");

    /** One question and its answer, both stripped and not blank. */
    public record QuestionAndAnswer(String question, String answer) {
    }

    private FaqTextParser() {
    }

    /** @return the pairs in the order of the text, or empty when the text has none of the shapes above */
    public static Optional<List<QuestionAndAnswer>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = text.strip().lines().toList();
        if (lines.stream().anyMatch(line -> QUESTION_LABEL.matcher(line).matches())) {
            return labelled(lines);
        }
        if (NUMBERED.matcher(lines.get(0)).matches()) {
            return numbered(lines);
        }
        return paragraphs(lines);
    }

    private static Optional<List<QuestionAndAnswer>> labelled(List<String> lines) {
        List<QuestionAndAnswer> pairs = new ArrayList<>();
        StringBuilder question = null;
        StringBuilder answer = null;
        for (String line : lines) {
            Matcher questionLine = QUESTION_LABEL.matcher(line);
            Matcher answerLine = ANSWER_LABEL.matcher(line);
            if (questionLine.matches()) {
                if (question != null && answer == null) {
                    return Optional.empty();
                }
                if (question != null && !add(pairs, question, answer)) {
                    return Optional.empty();
                }
                question = new StringBuilder(questionLine.group(1));
                answer = null;
            } else if (answerLine.matches()) {
                if (question == null || answer != null) {
                    return Optional.empty();
                }
                answer = new StringBuilder(answerLine.group(1));
            } else if (question == null) {
                // text before the first question belongs to no pair
                return Optional.empty();
            } else {
                (answer == null ? question : answer).append('\n').append(line);
            }
        }
        return answer != null && add(pairs, question, answer) ? Optional.of(pairs) : Optional.empty();
    }

    private static Optional<List<QuestionAndAnswer>> numbered(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        for (String line : lines) {
            Matcher number = NUMBERED.matcher(line);
            // a number out of sequence is part of an answer (a numbered list of steps, say)
            if (number.matches() && Integer.parseInt(number.group(1)) == blocks.size() + 1) {
                blocks.add(new ArrayList<>(List.of(number.group(2))));
            } else if (blocks.isEmpty()) {
                // numbered from another number than 1: not a list of questions this reads
                return Optional.empty();
            } else {
                blocks.get(blocks.size() - 1).add(line);
            }
        }
        return pairsOf(blocks, true);
    }

    private static Optional<List<QuestionAndAnswer>> paragraphs(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        boolean newBlock = true;
        for (String line : lines) {
            if (line.isBlank()) {
                newBlock = true;
            } else {
                if (newBlock) {
                    blocks.add(new ArrayList<>());
                    newBlock = false;
                }
                blocks.get(blocks.size() - 1).add(line);
            }
        }
        // "Hello! Any questions? Call us." is prose, not a question and its answer
        if (blocks.stream().anyMatch(block -> block.size() < 2 || !block.get(0).strip().endsWith("?"))) {
            return Optional.empty();
        }
        return pairsOf(blocks, false);
    }

    /**
     * Each block's question is its first line up to the first {@code ?}, the answer is the rest.
     * {@code firstLineMayBeQuestion}: a first line without {@code ?} is the whole question.
     */
    private static Optional<List<QuestionAndAnswer>> pairsOf(List<List<String>> blocks,
                                                             boolean firstLineMayBeQuestion) {
        List<QuestionAndAnswer> pairs = new ArrayList<>();
        for (List<String> block : blocks) {
            String first = block.get(0);
            int mark = first.indexOf('?');
            if (mark < 0 && !firstLineMayBeQuestion) {
                return Optional.empty();
            }
            int questionEnd = mark < 0 ? first.length() : mark + 1;
            StringBuilder answer = new StringBuilder(first.substring(questionEnd));
            block.subList(1, block.size()).forEach(line -> answer.append('\n').append(line));
            if (!add(pairs, new StringBuilder(first.substring(0, questionEnd)), answer)) {
                return Optional.empty();
            }
        }
        return Optional.of(pairs);
    }

    private static boolean add(List<QuestionAndAnswer> pairs, CharSequence question, CharSequence answer) {
        String q = question.toString().strip();
        String a = answer.toString().strip();
        if (q.isEmpty() || a.isEmpty()) {
            return false;
        }
        pairs.add(new QuestionAndAnswer(q, a));
        return true;
    }
}
