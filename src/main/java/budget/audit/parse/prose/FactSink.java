package budget.audit.parse.prose;

import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.ParseIssue;
import budget.audit.model.Provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Collects the facts the locators find. A mention is used by at most one locator ({@link #claimed}); a value
 * brings its attached changes ({@code key.change}) and previous-year figures ({@code key.previous}) along.
 */
public final class FactSink {

    private final String file;
    private final List<Fact> facts = new ArrayList<>();
    private final List<ParseIssue> issues = new ArrayList<>();
    private final Set<Mention> claimed = Collections.newSetFromMap(new IdentityHashMap<>());

    public FactSink(String file) {
        this.file = file;
    }

    public boolean claimed(Mention m) {
        return claimed.contains(m);
    }

    public boolean has(String key) {
        return facts.stream().anyMatch(f -> f.key().equals(key));
    }

    public boolean has(String key, String label) {
        return facts.stream().anyMatch(f -> f.key().equals(key) && label.equals(f.label()));
    }

    /** A stated figure of {@code key}; {@code label} null means the key's Chinese name. */
    public void value(String key, String label, Mention m) {
        claimed.add(m);
        String name = label == null ? FactKeys.chineseName(key) : label;
        Provenance source = m.provenance(file);
        if (m.unreadable()) {
            facts.add(Fact.unreadable(key, name, source));
            issues.add(new ParseIssue("UNREADABLE_AMOUNT",
                    "“" + name + "”的金额无法读取（原文为“" + m.printed() + "”）", source));
        } else {
            facts.add(Fact.prose(key, name, m.amount(), source));
        }
        for (Mention c : m.changes()) {
            change(key, name, c);
        }
        for (Mention p : m.previous()) {
            claimed.add(p);
            add(FactKeys.previous(key), name, p);
        }
    }

    /** A stated change of {@code key} against the previous year (signed). */
    public void change(String key, String label, Mention c) {
        claimed.add(c);
        add(FactKeys.change(key), label == null ? FactKeys.chineseName(key) : label, c);
    }

    private void add(String key, String name, Mention m) {
        Provenance source = m.provenance(file);
        if (m.unreadable()) {
            facts.add(Fact.unreadable(key, name, source));
            issues.add(new ParseIssue("UNREADABLE_AMOUNT",
                    "“" + FactKeys.chineseName(key) + "”的金额无法读取（原文为“" + m.printed() + "”）", source));
        } else {
            facts.add(Fact.prose(key, name, m.amount(), source));
        }
    }

    /** A fact a locator built itself (not from a mention). */
    public void fact(Fact fact) {
        facts.add(fact);
    }

    public void issue(String code, String message, Provenance source) {
        issues.add(new ParseIssue(code, message, source));
    }

    /** Facts in document order (by line; stable for facts of one line). */
    public List<Fact> facts() {
        List<Fact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparingInt(f -> f.source().line()));
        return sorted;
    }

    public List<ParseIssue> issues() {
        return List.copyOf(issues);
    }
}
