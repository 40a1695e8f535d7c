package io.aggregator.domain.faq;

import io.aggregator.domain.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which of a tenant's active FAQs answers a customer's message, without AI: by the words they
 * share, after {@link TextNormalizer normalizing} and {@link LightStemmer stemming} both, allowing a
 * typo in longer words. The algorithm, the scoring and the measurements behind
 * {@link #DEFAULT_MIN_SCORE} are described in {@code docs/faq-matching.md}.
 *
 * <p>A score adds three kinds of evidence, each between 0 and 1:
 * <ul>
 *   <li><b>keywords</b> ({@value #KEYWORD_SHARE}): the best of the FAQ's keywords whose words all
 *       occur in the message, in any order and anywhere in it (inflected languages and chatty
 *       messages reorder and separate words; requiring every word keeps a phrase specific);</li>
 *   <li><b>question</b> ({@value #QUESTION_SHARE}): how much of the question's content the message
 *       covers, each word weighted by how rare it is among the tenant's FAQs; keywords weigh more,
 *       because customers ask in other words than the FAQ's question;</li>
 *   <li><b>message</b> ({@value #MESSAGE_SHARE}): how much of the message's content the FAQ
 *       explains (the words of its keywords and question). It weighs most because it is what keeps
 *       a message that shares one keyword with an FAQ but asks something else from being answered
 *       with it, and a wrong answer is worse than none.</li>
 * </ul>
 * An FAQ without keywords is scored on its question and the message alone, scaled to the same range.
 * A word found only approximately (a typo, a longer form) counts {@value #APPROXIMATE_MATCH} of an
 * exact one. Equal scores are ordered by priority, highest first, then by id, so that the result
 * never depends on the order of the FAQs.
 *
 * <p>Everything about the FAQs is prepared once in {@link #of}; a match normalizes only the message
 * and touches only the FAQs that share a word with it. An instance is immutable and safe to share
 * between threads.
 */
public final class FaqMatcher {
    /**
     * The score from which an FAQ is taken as the answer when the tenant sets no
     * {@code faq_min_score}. Chosen on the evaluation set for a low rate of wrong answers; see
     * {@code docs/faq-matching.md}.
     */
    public static final double DEFAULT_MIN_SCORE = 0.7;

    static final double KEYWORD_SHARE = 0.35;
    static final double QUESTION_SHARE = 0.15;
    static final double MESSAGE_SHARE = 0.5;
    static final double APPROXIMATE_MATCH = 0.8;
    /**
     * A message word that no FAQ of the tenant has weighs half as much as the rarest word that one
     * has: it may be what the message is about, but in chatty messages it is mostly talk around the
     * question. A word that other FAQs have keeps its own weight, since it points to them.
     */
    static final double UNKNOWN_WORD_WEIGHT = 0.5;

    private static final int[] NONE = new int[0];

    private final Faq[] faqs;
    private final Vocabulary vocabulary;
    /** By term: how much it says about a topic, from 1 (in one FAQ) down as more FAQs have it. */
    private final double[] termWeight;
    /** By term: the FAQs whose question or keywords have it. */
    private final int[][] faqsWithTerm;
    /** By term: the FAQs whose question has it. */
    private final int[][] questionsWithTerm;
    /** By term: the keywords (numbered across all FAQs) that have it. */
    private final int[][] keywordsWithTerm;
    /** By keyword: its FAQ and how many distinct terms it has. */
    private final int[] keywordFaq;
    private final int[] keywordLength;
    /** By FAQ: the summed weight of its question's terms, and whether it has any usable keyword. */
    private final double[] questionWeight;
    private final boolean[] hasKeywords;

    private FaqMatcher(List<Faq> active) {
        faqs = active.toArray(Faq[]::new);
        List<List<String>> questionStems = new ArrayList<>(faqs.length);
        List<List<List<String>>> keywordStems = new ArrayList<>(faqs.length);
        Set<String> allStems = new HashSet<>();
        Map<String, String> spellings = new HashMap<>();
        for (Faq faq : faqs) {
            List<Word> question = contentWords(TextNormalizer.words(faq.question()));
            questionStems.add(distinctStems(question, allStems, spellings));
            List<List<String>> keywords = new ArrayList<>();
            for (String keyword : faq.keywords().values()) {
                // a keyword of stop words only ("how to") can never be found: it is left out
                List<String> stems = distinctStems(contentWords(TextNormalizer.words(keyword)), allStems, spellings);
                if (!stems.isEmpty()) {
                    keywords.add(stems);
                }
            }
            keywordStems.add(keywords);
        }
        vocabulary = new Vocabulary(allStems, spellings);

        int terms = vocabulary.size();
        List<List<Integer>> faqsWith = emptyLists(terms);
        List<List<Integer>> questionsWith = emptyLists(terms);
        List<List<Integer>> keywordsWith = emptyLists(terms);
        List<Integer> owners = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        questionWeight = new double[faqs.length];
        hasKeywords = new boolean[faqs.length];
        for (int faq = 0; faq < faqs.length; faq++) {
            Set<Integer> faqTerms = new LinkedHashSet<>();
            for (String stem : questionStems.get(faq)) {
                int term = vocabulary.id(stem);
                questionsWith.get(term).add(faq);
                faqTerms.add(term);
            }
            for (List<String> keyword : keywordStems.get(faq)) {
                int number = owners.size();
                owners.add(faq);
                lengths.add(keyword.size());
                for (String stem : keyword) {
                    int term = vocabulary.id(stem);
                    keywordsWith.get(term).add(number);
                    faqTerms.add(term);
                }
            }
            hasKeywords[faq] = !keywordStems.get(faq).isEmpty();
            for (int term : faqTerms) {
                faqsWith.get(term).add(faq);
            }
        }
        faqsWithTerm = toArrays(faqsWith);
        questionsWithTerm = toArrays(questionsWith);
        keywordsWithTerm = toArrays(keywordsWith);
        keywordFaq = owners.stream().mapToInt(Integer::intValue).toArray();
        keywordLength = lengths.stream().mapToInt(Integer::intValue).toArray();
        termWeight = new double[terms];
        for (int term = 0; term < terms; term++) {
            // not the classic log(N / df): without N, adding an FAQ that shares no word with the
            // others leaves every other score exactly as it was
            termWeight[term] = 1 / (1 + Math.log(faqsWithTerm[term].length));
        }
        for (int faq = 0; faq < faqs.length; faq++) {
            // summed in ascending term order, as a match sums what it finds, so that a message with
            // every word of the question covers exactly all of it
            int[] questionTerms = questionStems.get(faq).stream().mapToInt(vocabulary::id).sorted().toArray();
            for (int term : questionTerms) {
                questionWeight[faq] += termWeight[term];
            }
        }
    }

    /**
     * Prepares the active FAQs among {@code faqs} for matching; inactive ones are left out, as if
     * they were not there. FAQ ids must be distinct.
     */
    public static FaqMatcher of(List<Faq> faqs) {
        Require.present("faqs", faqs);
        Set<FaqId> ids = new HashSet<>();
        List<Faq> active = new ArrayList<>(faqs.size());
        for (Faq faq : faqs) {
            Require.present("faqs", faq);
            if (!ids.add(faq.id())) {
                throw new IllegalArgumentException("FAQ " + faq.id() + " is given twice");
            }
            if (faq.active()) {
                active.add(faq);
            }
        }
        return new FaqMatcher(active);
    }

    /**
     * The FAQs that share something with {@code message}, best first, at most {@code limit} of them;
     * FAQs that share nothing are not listed.
     */
    public List<FaqCandidate> rank(String message, int limit) {
        Require.present("message", message);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        List<MessageWord> words = messageWords(message);
        double messageWeight = 0;
        for (MessageWord word : words) {
            messageWeight += word.weight;
        }
        if (messageWeight == 0) {
            return List.of();
        }
        Evidence evidence = new Evidence(matchedTerms(words));
        evidence.findTerms();
        evidence.findWords(words);
        evidence.findKeywords();

        Top top = new Top(limit);
        for (int slot = 0; slot < evidence.faqSlots.size(); slot++) {
            int faq = evidence.faqSlots.key(slot);
            double question = questionWeight[faq] == 0 ? 0 : evidence.question[slot] / questionWeight[faq];
            double covered = evidence.message[slot] / messageWeight;
            double score = hasKeywords[faq]
                    ? KEYWORD_SHARE * evidence.keyword[slot] + QUESTION_SHARE * question + MESSAGE_SHARE * covered
                    : (QUESTION_SHARE * question + MESSAGE_SHARE * covered) / (QUESTION_SHARE + MESSAGE_SHARE);
            if (score > 0) {
                top.offer(faq, Math.min(1, score));
            }
        }
        return top.candidates();
    }

    /** The best FAQ for {@code message} if its score reaches {@code minScore} (0 to 1), else none. */
    public Optional<FaqCandidate> best(String message, double minScore) {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore lies between 0 and 1, got " + minScore);
        }
        List<FaqCandidate> ranked = rank(message, 1);
        return ranked.isEmpty() || ranked.get(0).score() < minScore ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** A word as written (normalized) and its stem. */
    private record Word(String spelling, String stem) {
    }

    /**
     * A word of the message: the term it is (-1 when no FAQ has it), the terms it may stand for
     * (related forms, or typos when it is no term itself), and how much it weighs in the message.
     */
    private record MessageWord(int exact, int[] near, double weight) {
    }

    /** The words of a text that can carry its topic: stop words left out, each with its stem. */
    private static List<Word> contentWords(List<String> words) {
        List<Word> content = new ArrayList<>(words.size());
        for (String word : words) {
            if (!StopWords.contains(word)) {
                content.add(new Word(word, LightStemmer.stem(word)));
            }
        }
        return content;
    }

    private static List<String> distinctStems(List<Word> words, Set<String> allStems, Map<String, String> spellings) {
        Set<String> stems = new LinkedHashSet<>();
        for (Word word : words) {
            stems.add(word.stem);
            allStems.add(word.stem);
            spellings.put(word.spelling, word.stem);
        }
        return List.copyOf(stems);
    }

    private List<MessageWord> messageWords(String message) {
        List<String> normalized = TextNormalizer.words(message);
        int count = normalized.size();
        String[] stems = new String[count];
        int[] terms = new int[count];
        for (int index = 0; index < count; index++) {
            String spelling = normalized.get(index);
            stems[index] = StopWords.contains(spelling) ? null : LightStemmer.stem(spelling);
            terms[index] = stems[index] == null ? -1 : vocabulary.id(stems[index]);
        }
        List<MessageWord> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // two words written apart that the FAQs write as one ("wi fi", "e mail", "log in"): only
        // when one of them is no term of its own, so two real words never make a third; such a
        // fragment was only half of the word and is not counted again
        boolean[] halves = new boolean[count];
        for (int index = 0; index + 1 < count; index++) {
            if (terms[index] >= 0 && terms[index + 1] >= 0) {
                continue;
            }
            String joined = LightStemmer.stem(normalized.get(index) + normalized.get(index + 1));
            int term = vocabulary.id(joined);
            if (term >= 0) {
                halves[index] = true;
                halves[index + 1] = true;
                if (seen.add(joined)) {
                    words.add(new MessageWord(term, NONE, termWeight[term]));
                }
            }
        }
        for (int index = 0; index < count; index++) {
            if (stems[index] == null || (halves[index] && terms[index] < 0) || !seen.add(stems[index])) {
                continue;
            }
            words.add(messageWord(normalized.get(index), stems[index], terms[index]));
        }
        return words;
    }

    private MessageWord messageWord(String spelling, String stem, int term) {
        if (spelling.length() < Vocabulary.SHORTEST_APPROXIMATE) {
            return new MessageWord(term, NONE, term >= 0 ? termWeight[term] : UNKNOWN_WORD_WEIGHT);
        }
        int[] related = vocabulary.related(stem);
        int[] near = term >= 0 || related.length > 0 ? related : vocabulary.withinOneTypo(spelling, stem);
        if (term >= 0) {
            return new MessageWord(term, near, termWeight[term]);
        }
        double weight = near.length == 0 ? UNKNOWN_WORD_WEIGHT : 0;
        for (int nearTerm : near) {
            weight = Math.max(weight, termWeight[nearTerm]);
        }
        return new MessageWord(term, near, weight);
    }

    /**
     * Every term the message matched, once, in ascending order (so sums over them never depend on
     * the order of anything else), each packed with whether some word matched it exactly.
     */
    private static long[] matchedTerms(List<MessageWord> words) {
        int count = 0;
        for (MessageWord word : words) {
            count += word.near.length + (word.exact >= 0 ? 1 : 0);
        }
        long[] packed = new long[count];
        int next = 0;
        for (MessageWord word : words) {
            if (word.exact >= 0) {
                packed[next++] = ((long) word.exact << 1) | 1;
            }
            for (int term : word.near) {
                packed[next++] = (long) term << 1;
            }
        }
        Arrays.sort(packed);
        // of the entries for one term, the last is the exact one if there is one
        int distinct = 0;
        for (int index = 0; index < packed.length; index++) {
            if (index + 1 == packed.length || termOf(packed[index + 1]) != termOf(packed[index])) {
                packed[distinct++] = packed[index];
            }
        }
        return Arrays.copyOf(packed, distinct);
    }

    private static int termOf(long packed) {
        return (int) (packed >>> 1);
    }

    private static boolean isExact(long packed) {
        return (packed & 1) == 1;
    }

    private static List<List<Integer>> emptyLists(int size) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int index = 0; index < arrays.length; index++) {
            arrays[index] = lists.get(index).stream().mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }

    /** What one message finds in each FAQ it touches, by slot. */
    private final class Evidence {
        private final long[] matchedTerms;
        final Slots faqSlots;
        /** By FAQ: the weight of the question's terms found, of the message's words found, and the best keyword. */
        final double[] question;
        final double[] message;
        final double[] keyword;
        /** By FAQ: the last message word counted (numbered from 1), so that a word counts once. */
        private final int[] lastWord;
        private final Slots keywordSlots;
        private final int[] keywordTermsFound;
        private final boolean[] keywordApproximate;

        Evidence(long[] matchedTerms) {
            this.matchedTerms = matchedTerms;
            int faqsTouched = 0;
            int keywordsTouched = 0;
            for (long matched : matchedTerms) {
                faqsTouched += faqsWithTerm[termOf(matched)].length;
                keywordsTouched += keywordsWithTerm[termOf(matched)].length;
            }
            faqSlots = new Slots(faqsTouched);
            question = new double[faqsTouched];
            message = new double[faqsTouched];
            keyword = new double[faqsTouched];
            lastWord = new int[faqsTouched];
            keywordSlots = new Slots(keywordsTouched);
            keywordTermsFound = new int[keywordsTouched];
            keywordApproximate = new boolean[keywordsTouched];
        }

        /** Each matched term once: into the questions that have it, and counted for the keywords. */
        void findTerms() {
            for (long matched : matchedTerms) {
                int term = termOf(matched);
                boolean exact = isExact(matched);
                double found = termWeight[term] * (exact ? 1 : APPROXIMATE_MATCH);
                for (int faq : questionsWithTerm[term]) {
                    question[faqSlots.slot(faq)] += found;
                }
                for (int number : keywordsWithTerm[term]) {
                    int slot = keywordSlots.slot(number);
                    keywordTermsFound[slot]++;
                    keywordApproximate[slot] |= !exact;
                }
            }
        }

        /** Each message word once per FAQ that has it, exactly if the FAQ has it exactly. */
        void findWords(List<MessageWord> words) {
            for (int index = 0; index < words.size(); index++) {
                MessageWord word = words.get(index);
                if (word.exact >= 0) {
                    for (int faq : faqsWithTerm[word.exact]) {
                        int slot = faqSlots.slot(faq);
                        lastWord[slot] = index + 1;
                        message[slot] += word.weight;
                    }
                }
                for (int term : word.near) {
                    for (int faq : faqsWithTerm[term]) {
                        int slot = faqSlots.slot(faq);
                        if (lastWord[slot] != index + 1) {
                            lastWord[slot] = index + 1;
                            message[slot] += word.weight * APPROXIMATE_MATCH;
                        }
                    }
                }
            }
        }

        /** The keywords all of whose terms were found. */
        void findKeywords() {
            for (int slot = 0; slot < keywordSlots.size(); slot++) {
                int number = keywordSlots.key(slot);
                if (keywordTermsFound[slot] == keywordLength[number]) {
                    int faqSlot = faqSlots.slot(keywordFaq[number]);
                    keyword[faqSlot] = Math.max(keyword[faqSlot], keywordApproximate[slot] ? APPROXIMATE_MATCH : 1);
                }
            }
        }
    }

    /**
     * Numbers the few FAQs (or keywords) one message touches 0, 1, 2, ... in the order they are met,
     * so that a match needs memory for what it touches, not for the whole knowledge base.
     */
    private static final class Slots {
        private final int[] table;
        private final int[] keys;
        private int size;

        Slots(int capacity) {
            int tableSize = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
            table = new int[tableSize];
            keys = new int[capacity];
        }

        /** The slot of {@code key}, given the next free one when it has none yet. */
        int slot(int key) {
            int mask = table.length - 1;
            int hash = key * 0x9E3779B9;
            int index = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                int entry = table[index];
                if (entry == 0) {
                    keys[size] = key;
                    table[index] = size + 1;
                    return size++;
                }
                if (keys[entry - 1] == key) {
                    return entry - 1;
                }
                index = (index + 1) & mask;
            }
        }

        int key(int slot) {
            return keys[slot];
        }

        int size() {
            return size;
        }
    }

    /** Keeps the best {@code limit} FAQs offered: by score, then priority, then id. */
    private final class Top {
        private final int[] faqIndexes;
        private final double[] scores;
        private int size;

        Top(int limit) {
            int kept = Math.min(limit, faqs.length);
            faqIndexes = new int[kept];
            scores = new double[kept];
        }

        void offer(int faq, double score) {
            if (faqIndexes.length == 0) {
                return;
            }
            if (size == faqIndexes.length && !isBefore(faq, score, faqIndexes[size - 1], scores[size - 1])) {
                return;
            }
            int position = Math.min(size, faqIndexes.length - 1);
            while (position > 0 && isBefore(faq, score, faqIndexes[position - 1], scores[position - 1])) {
                faqIndexes[position] = faqIndexes[position - 1];
                scores[position] = scores[position - 1];
                position--;
            }
            faqIndexes[position] = faq;
            scores[position] = score;
            size = Math.min(size + 1, faqIndexes.length);
        }

        private boolean isBefore(int faq, double score, int otherFaq, double otherScore) {
            if (score != otherScore) {
                return score > otherScore;
            }
            int priority = faqs[faq].priority();
            int otherPriority = faqs[otherFaq].priority();
            if (priority != otherPriority) {
                return priority > otherPriority;
            }
            return faqs[faq].id().value().compareTo(faqs[otherFaq].id().value()) < 0;
        }

        List<FaqCandidate> candidates() {
            List<FaqCandidate> candidates = new ArrayList<>(size);
            for (int index = 0; index < size; index++) {
                candidates.add(new FaqCandidate(faqs[faqIndexes[index]], scores[index]));
            }
            return candidates;
        }
    }
}
