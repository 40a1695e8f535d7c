package io.aggregator.domain.faq;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a tenant's knowledge base. Higher {@code priority} wins when two entries match
 * equally well; an inactive entry is kept but never answers. A rejected entry names every field
 * that is wrong, so a row of an import can be corrected in one go.
 */
public record Faq(FaqId id, String question, String answer, Keywords keywords, int priority, boolean active) {
    public static final int MAX_QUESTION_LENGTH = 1_000;
    public static final int MAX_ANSWER_LENGTH = 10_000;
    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 1_000;
    /** The seed's column default. */
    public static final int DEFAULT_PRIORITY = 1;

    public Faq {
        List<Violation> violations = new ArrayList<>();
        Require.collecting(violations, id, value -> Require.present("id", value));
        question = Require.collecting(violations, question,
                value -> Require.text("question", value, MAX_QUESTION_LENGTH).strip());
        answer = Require.collecting(violations, answer,
                value -> Require.text("answer", value, MAX_ANSWER_LENGTH).strip());
        Require.collecting(violations, keywords, value -> Require.present("keywords", value));
        Require.collecting(violations, priority, value -> Require.inRange("priority", value, MIN_PRIORITY,
                MAX_PRIORITY));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    public Faq withActive(boolean newActive) {
        return new Faq(id, question, answer, keywords, priority, newActive);
    }
}
