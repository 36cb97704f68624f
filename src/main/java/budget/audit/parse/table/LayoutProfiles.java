package budget.audit.parse.table;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout profiles (resources {@code budget/audit/profiles/*.yaml}): per layout family, the header vocabulary
 * of its tables — keyword → canonical column name, labels meaning "the total", labels of text columns, marks of
 * column-number rows, words of amount roles that are known, table kinds by title words. Read once; the profiles listed first in {@code index.yaml} are consulted first.
 */
final class LayoutProfiles {

    private static final String BASE = "/budget/audit/profiles/";

    /** One keyword → canonical column name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ColumnSynonym(String keyword, String name) {
    }

    /**
     * A table kind read from the title: every word in the title (spaces removed), none of the {@code without}
     * words; {@code kind} names a {@link budget.audit.model.TableKind}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record KindRule(List<String> words, List<String> without, budget.audit.model.TableKind kind) {
        KindRule {
            words = words == null ? List.of() : List.copyOf(words);
            without = without == null ? List.of() : List.copyOf(without);
        }

        boolean matches(String title) {
            return !words.isEmpty() && words.stream().allMatch(title::contains)
                    && without.stream().noneMatch(title::contains);
        }
    }

    /** One profile file as written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String family, List<ColumnSynonym> columns, List<String> totals, List<String> textColumns,
                   List<String> columnNumberMarks, List<String> spendingParts,
                   List<String> summaryTitleWords, List<String> roles, List<KindRule> kinds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Index(List<String> profiles) {
    }

    /** All profiles merged, in lookup order. */
    record Vocabulary(List<String> families, List<ColumnSynonym> columns, Pattern totals, List<String> textColumns,
                      List<String> columnNumberMarks, List<String> spendingParts,
                      List<String> summaryTitleWords, List<Pattern> roles, List<KindRule> kinds) {
    }

    private static final Vocabulary VOCABULARY = load();

    private LayoutProfiles() {
    }

    static Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static Vocabulary load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> families = new ArrayList<>();
        List<ColumnSynonym> columns = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        List<String> spending = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<KindRule> kinds = new ArrayList<>();
        for (String file : read(yaml, "index.yaml", Index.class).profiles()) {
            Profile p = read(yaml, file, Profile.class);
            families.add(p.family());
            columns.addAll(orEmpty(p.columns()));
            totals.addAll(orEmpty(p.totals()));
            text.addAll(orEmpty(p.textColumns()));
            marks.addAll(orEmpty(p.columnNumberMarks()));
            spending.addAll(orEmpty(p.spendingParts()));
            summary.addAll(orEmpty(p.summaryTitleWords()));
            roles.addAll(orEmpty(p.roles()));
            kinds.addAll(orEmpty(p.kinds()));
        }
        Pattern total = Pattern.compile("^(?:" + String.join("|", totals) + ")$");
        return new Vocabulary(List.copyOf(families), List.copyOf(columns), total, List.copyOf(text),
                List.copyOf(marks), List.copyOf(spending),
                List.copyOf(summary), roles.stream().map(Pattern::compile).toList(), List.copyOf(kinds));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T read(ObjectMapper yaml, String file, Class<T> type) {
        try (InputStream in = LayoutProfiles.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("layout profile missing: " + file);
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("layout profile unreadable: " + file, e);
        }
    }
}
