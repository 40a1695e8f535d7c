package io.aggregator.domain.faq;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into the lower-case words that the {@link FaqMatcher} compares, so that the way a
 * customer happens to type (capitals, accents, full-width letters, punctuation) does not decide
 * whether an FAQ is found.
 *
 * <ul>
 *   <li>NFKC first, so compatibility forms read as what they show: full-width {@code ｗｉｆｉ} is
 *       {@code wifi}, the ligature {@code ﬁ} is {@code fi}, and a letter typed as base plus
 *       combining accent is one character.</li>
 *   <li>Lower case by {@link Locale#ROOT}, never the server's locale (Turkish would turn {@code I}
 *       into a dotless {@code ı}).</li>
 *   <li>Latin letters lose their accents ({@code é}→{@code e}, {@code ñ}→{@code n}, {@code ü}→{@code u})
 *       and ligature-like letters are spelled out ({@code ß}→{@code ss}, {@code æ}→{@code ae}), since
 *       customers often type without them. Other scripts keep their marks: in Cyrillic {@code й} is a
 *       letter of its own, not an accented {@code и}; only {@code ё} becomes {@code е}, as Russian is
 *       usually written.</li>
 *   <li>Everything that is not a letter or digit separates words, with one exception: a hyphen
 *       between two letters joins them ({@code Wi-Fi}→{@code wifi}, {@code e-mail}→{@code email}),
 *       because customers write such words with and without it; the matcher also tries two adjacent
 *       words of a message joined, so {@code wi fi} finds {@code wifi} too. Not when the part after
 *       the hyphen is a stop word: {@code peut-on}, {@code avez-vous} and {@code какой-то} are two
 *       words each.</li>
 * </ul>
 */
final class TextNormalizer {
    /** Accent-free spellings of the Latin letters up to U+024F, computed once: the common case is a lookup. */
    private static final String[] LATIN_FOLDS = new String[0x250];

    static {
        for (int codePoint = 0x80; codePoint < LATIN_FOLDS.length; codePoint++) {
            if (Character.isLetter(codePoint)
                    && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
                LATIN_FOLDS[codePoint] = foldLatin(codePoint);
            }
        }
    }

    private TextNormalizer() {
    }

    /** The words of {@code text}, normalized, in order; repeats and stop words are kept. */
    static List<String> words(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String lower = composed.toLowerCase(Locale.ROOT);
        Words words = new Words();
        // whether the last character added was Latin: a combining mark after it is an accent to drop
        boolean lastWasLatin = false;
        int index = 0;
        while (index < lower.length()) {
            int codePoint = lower.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                if (isAsciiLetterOrDigit(codePoint)) {
                    words.word.append((char) codePoint);
                    lastWasLatin = true;
                } else if (codePoint == '-' && joinsTwoLetters(words.word, lower, index)) {
                    words.hyphen();
                } else {
                    lastWasLatin = words.end();
                }
            } else if (Character.isLetterOrDigit(codePoint) && !isApostrophe(codePoint)) {
                lastWasLatin = appendLetter(words.word, codePoint);
            } else if (isCombiningMark(codePoint)) {
                if (words.word.length() > 0 && !lastWasLatin) {
                    words.word.appendCodePoint(codePoint);
                }
            } else if (isInvisibleHyphen(codePoint)) {
                continue;
            } else if (isHyphen(codePoint) && joinsTwoLetters(words.word, lower, index)) {
                words.hyphen();
            } else {
                lastWasLatin = words.end();
            }
        }
        words.end();
        return words.done;
    }

    /**
     * The words found so far and the one being read, with where hyphens joined its parts. A part
     * after a hyphen that is a stop word stays a word of its own: such hyphens are grammar, not
     * compounds (French "peut-on", "va-t-il", "avez-vous", Russian "какой-то").
     */
    private static final class Words {
        final List<String> done = new ArrayList<>();
        final StringBuilder word = new StringBuilder(16);
        private int[] partStarts = new int[4];
        private int hyphens;

        void hyphen() {
            if (hyphens == partStarts.length) {
                partStarts = Arrays.copyOf(partStarts, hyphens * 2);
            }
            partStarts[hyphens++] = word.length();
        }

        /** Ends the word being read, if any; answers false, as no letter comes before what follows. */
        boolean end() {
            if (word.length() == 0) {
                return false;
            }
            if (hyphens == 0) {
                done.add(word.toString());
            } else {
                StringBuilder joined = new StringBuilder(word.substring(0, partStarts[0]));
                for (int part = 0; part < hyphens; part++) {
                    int end = part + 1 < hyphens ? partStarts[part + 1] : word.length();
                    String next = word.substring(partStarts[part], end);
                    if (StopWords.contains(next)) {
                        done.add(joined.toString());
                        joined.setLength(0);
                    }
                    joined.append(next);
                }
                done.add(joined.toString());
            }
            word.setLength(0);
            hyphens = 0;
            return false;
        }
    }

    /** Appends one letter or digit in its matching form; answers whether it was a Latin one. */
    private static boolean appendLetter(StringBuilder word, int codePoint) {
        if (codePoint == 'ё') {
            word.append('е');
            return false;
        }
        if (codePoint < LATIN_FOLDS.length && LATIN_FOLDS[codePoint] != null) {
            word.append(LATIN_FOLDS[codePoint]);
            return true;
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
            word.append(foldLatin(codePoint));
            return true;
        }
        word.appendCodePoint(codePoint);
        return false;
    }

    /** The letter without its accents; letters that decompose into nothing simpler are spelled out. */
    private static String foldLatin(int codePoint) {
        switch (codePoint) {
            case 'ß':
                return "ss";
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
            case 'ø':
                return "o";
            case 'ł':
                return "l";
            case 'đ':
            case 'ð':
                return "d";
            case 'þ':
                return "th";
            case 'ı':
                return "i";
            default:
                break;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(part -> !isCombiningMark(part))
                .forEach(part -> folded.appendCodePoint(Character.toLowerCase(part)));
        return folded.length() == 0 ? new String(Character.toChars(codePoint)) : folded.toString();
    }

    private static boolean joinsTwoLetters(StringBuilder word, String text, int next) {
        return word.length() > 0 && Character.isLetter(word.charAt(word.length() - 1))
                && next < text.length() && Character.isLetter(text.codePointAt(next));
    }

    private static boolean isAsciiLetterOrDigit(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9');
    }

    /** U+02BC looks like an apostrophe and is classed as a letter; it separates words like one. */
    private static boolean isApostrophe(int codePoint) {
        return codePoint == 0x02BC;
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The Unicode hyphen and non-breaking hyphen, written where ASCII text has '-'. */
    private static boolean isHyphen(int codePoint) {
        return codePoint == 0x2010 || codePoint == 0x2011;
    }

    /** The soft hyphen only marks where a word may break: it is never a separator. */
    private static boolean isInvisibleHyphen(int codePoint) {
        return codePoint == 0x00AD;
    }
}
