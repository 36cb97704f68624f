package budget.audit.parse.prose;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The prose of one filing as paragraphs and mentions, handed to every locator. */
public record ProseContext(String file, Integer year, List<Paragraph> paragraphs, List<Mention> mentions) {

    public ProseContext {
        paragraphs = List.copyOf(paragraphs);
        mentions = List.copyOf(mentions);
    }

    /** Stated figures (VALUE mentions outside "主要原因是…" explanations), in document order. */
    public Stream<Mention> figures() {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.VALUE && !m.explanatory());
    }

    /** Stated figures of one paragraph. */
    public List<Mention> figuresIn(Paragraph p) {
        return figures().filter(m -> m.paragraph() == p).toList();
    }

    /** Changes that name their own subject ("收入较去年增加…"), outside explanations. */
    public Stream<Mention> subjectChanges() {
        return mentions.stream()
                .filter(m -> m.kind() == Mention.Kind.CHANGE && !m.subject().isEmpty() && !m.explanatory());
    }

    public Mention first(Predicate<Mention> filter) {
        return figures().filter(filter).findFirst().orElse(null);
    }
}
