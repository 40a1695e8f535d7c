package io.aggregator.domain.faq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stems of one tenant's FAQs, each with an id, and the ways a message word that is not one of
 * them can still find one: a typo, or a longer or shorter form of the same word.
 *
 * <p>Ids follow the alphabetical order of the stems, so they do not depend on the order the FAQs
 * came in, and neither does any sum the matcher makes over them.
 */
final class Vocabulary {
    /**
     * Words shorter than this are never matched approximately: among short words one letter makes
     * another word ("hour", "tour", "four"), and a wrong answer is worse than none.
     */
    static final int SHORTEST_APPROXIMATE = 5;

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> idOfStem = new HashMap<>();
    private final String[] stems;
    /** Every one-letter deletion of each stem and spelling (and the word itself) -> what it came from. */
    private final Map<String, List<Form>> formsByDeletion = new HashMap<>();
    /** Prefixes of the longer stems -> the stems that begin with them. */
    private final Map<String, int[]> stemsByPrefix = new HashMap<>();

    /** A stem or a spelling of a word as the FAQs write it, and the id of its stem. */
    private record Form(String text, int term) {
    }

    /**
     * @param spellings each word as the FAQs write it (normalized, not stemmed) -> its stem, which
     *                  must also be among {@code stems}
     */
    Vocabulary(Collection<String> allStems, Map<String, String> spellings) {
        stems = new TreeSet<>(allStems).toArray(String[]::new);
        for (int id = 0; id < stems.length; id++) {
            idOfStem.put(stems[id], id);
        }
        Map<String, List<Integer>> byPrefix = new HashMap<>();
        for (int id = 0; id < stems.length; id++) {
            addForm(stems[id], id);
            for (int end = SHORTEST_APPROXIMATE; end < stems[id].length(); end++) {
                byPrefix.computeIfAbsent(stems[id].substring(0, end), prefix -> new ArrayList<>()).add(id);
            }
        }
        byPrefix.forEach((prefix, ids) -> stemsByPrefix.put(prefix,
                ids.stream().mapToInt(Integer::intValue).toArray()));
        spellings.forEach((spelling, stem) -> {
            if (!idOfStem.containsKey(spelling)) {
                addForm(spelling, idOfStem.get(stem));
            }
        });
    }

    int size() {
        return stems.length;
    }

    /** The id of {@code stem}, or -1 when no FAQ has it. */
    int id(String stem) {
        Integer id = idOfStem.get(stem);
        return id == null ? -1 : id;
    }

    /**
     * The other stems of {@value #SHORTEST_APPROXIMATE} or more letters that begin with {@code stem}
     * or that {@code stem} begins with ("deliv" and "deliveri", "cancel" and "cancellation"): mostly
     * the same word with a suffix the stemmer leaves alone. Ascending by id.
     */
    int[] related(String stem) {
        if (stem.length() < SHORTEST_APPROXIMATE) {
            return NONE;
        }
        TreeSet<Integer> found = new TreeSet<>();
        int[] longer = stemsByPrefix.get(stem);
        if (longer != null) {
            for (int id : longer) {
                found.add(id);
            }
        }
        for (int end = SHORTEST_APPROXIMATE; end < stem.length(); end++) {
            Integer shorter = idOfStem.get(stem.substring(0, end));
            if (shorter != null) {
                found.add(shorter);
            }
        }
        return toArray(found);
    }

    /**
     * The stems one typo away from a word as written or from its stem (an extra, missing, wrong or
     * swapped letter, never the first one: people rarely mistype the letter they start with), for
     * words of {@value #SHORTEST_APPROXIMATE} or more letters. Ascending by id.
     */
    int[] withinOneTypo(String spelling, String stem) {
        TreeSet<Integer> found = new TreeSet<>();
        addWithinOneTypo(spelling, found);
        if (!stem.equals(spelling)) {
            addWithinOneTypo(stem, found);
        }
        return toArray(found);
    }

    private static int[] toArray(TreeSet<Integer> ids) {
        return ids.isEmpty() ? NONE : ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addWithinOneTypo(String word, TreeSet<Integer> found) {
        if (word.length() < SHORTEST_APPROXIMATE) {
            return;
        }
        lookUpForms(word, word, found);
        for (int index = 0; index < word.length(); index++) {
            lookUpForms(deleting(word, index), word, found);
        }
    }

    private void lookUpForms(String key, String word, TreeSet<Integer> found) {
        List<Form> forms = formsByDeletion.get(key);
        if (forms == null) {
            return;
        }
        for (Form form : forms) {
            if (form.text.charAt(0) == word.charAt(0) && isOneTypoApart(form.text, word)) {
                found.add(form.term);
            }
        }
    }

    private void addForm(String text, int term) {
        if (text.length() < SHORTEST_APPROXIMATE) {
            return;
        }
        Form form = new Form(text, term);
        formsByDeletion.computeIfAbsent(text, key -> new ArrayList<>(1)).add(form);
        for (int index = 0; index < text.length(); index++) {
            List<Form> forms = formsByDeletion.computeIfAbsent(deleting(text, index), key -> new ArrayList<>(1));
            if (!forms.contains(form)) {
                forms.add(form);
            }
        }
    }

    private static String deleting(String word, int index) {
        return word.substring(0, index) + word.substring(index + 1);
    }

    /**
     * Whether two different words are one edit apart (optimal string alignment: one letter added,
     * removed, replaced, or two neighbours swapped).
     */
    static boolean isOneTypoApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int lengthDifference = a.length() - b.length();
        if (Math.abs(lengthDifference) > 1) {
            return false;
        }
        int first = 0;
        while (first < a.length() && first < b.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (lengthDifference == 0) {
            // replaced: the rest is equal; swapped: the next two are crossed and the rest is equal
            return a.regionMatches(first + 1, b, first + 1, a.length() - first - 1)
                    || (first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                            && a.charAt(first + 1) == b.charAt(first)
                            && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2));
        }
        String longer = lengthDifference > 0 ? a : b;
        String shorter = lengthDifference > 0 ? b : a;
        return longer.regionMatches(first + 1, shorter, first, shorter.length() - first);
    }
}
