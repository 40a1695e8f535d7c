package io.aggregator.benchmarks;

import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's FAQs grown to a given count: the real ones first, then generated ones. A generated FAQ
 * asks about a topic of its own (made-up words, so the vocabulary grows with the count as a large
 * tenant's does) in words the real FAQs use, so customer messages share words with many of them and
 * the matcher has real work: the harder case for it.
 */
final class GeneratedFaqs {
    private static final String[] LATIN = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de", "pa", "zu", "be"};
    private static final String[] CYRILLIC = {"ка", "ло", "ми", "не", "ру", "са", "ти", "во", "де", "па", "зу", "бе"};

    private GeneratedFaqs() {
    }

    static List<Faq> topUp(List<Faq> real, int count, String language) {
        if (count <= real.size()) {
            return List.copyOf(real.subList(0, count));
        }
        Random random = new Random(count * 31L + language.hashCode());
        List<String> vocabulary = vocabulary(real);
        String[] syllables = "ru".equals(language) ? CYRILLIC : LATIN;
        List<Faq> faqs = new ArrayList<>(real);
        while (faqs.size() < count) {
            String topic = madeUpWord(random, syllables);
            String detail = madeUpWord(random, syllables);
            StringBuilder question = new StringBuilder();
            for (int i = 0, words = 3 + random.nextInt(4); i < words; i++) {
                question.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            }
            question.append(topic).append(' ').append(detail).append('?');
            String keywords = topic + ", " + detail + ", " + vocabulary.get(random.nextInt(vocabulary.size()));
            faqs.add(new Faq(FaqId.newId(), question.toString(), "About " + topic + ".", Keywords.parse(keywords),
                    random.nextInt(3), true));
        }
        return faqs;
    }

    private static List<String> vocabulary(List<Faq> faqs) {
        Set<String> words = new TreeSet<>();
        for (Faq faq : faqs) {
            for (String word : faq.question().toLowerCase().split("[^\\p{L}]+")) {
                if (word.length() > 2) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    private static String madeUpWord(Random random, String[] syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, length = 2 + random.nextInt(3); i < length; i++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return word.toString();
    }
}
