package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Shared wording pieces and builders for the checks the built-in rules report. */
final class Checks {

    /** Template arg: which part of the filing the figures come from (说明文字 / the table's title). */
    static final String ARG_ORIGIN = "origin";
    /** Template arg: what is not stated (NOT_APPLICABLE). */
    static final String ARG_MISSING = "missing";
    /** Template arg: why the check could not be made (INSUFFICIENT_DATA). */
    static final String ARG_REASON = "reason";
    /** Template arg: names of the parts, joined by "、". */
    static final String ARG_PART_NAMES = "partNames";
    /** Template arg: the parts with their printed values, e.g. "因公出国（境）费0万元、公务接待费2.6万元". */
    static final String ARG_PARTS = "parts";

    private Checks() {
    }

    /** Where the facts of one origin were read, in Chinese: 说明文字, or the table's title. */
    static String originLabel(Fact fact) {
        if (fact.origin() == Fact.Origin.PROSE) {
            return "说明文字";
        }
        String table = fact.source().table();
        return table == null || table.isBlank() ? "表格" : table;
    }

    /** "支出合计（说明文字）". */
    static String subject(String name, Fact reference) {
        return name + "（" + originLabel(reference) + "）";
    }

    /** The name of a fact in messages: its label for family items, the key's Chinese name otherwise. */
    static String nameOf(Fact fact, boolean family) {
        if (family && fact.label() != null && !fact.label().isBlank()) {
            return fact.label();
        }
        return FactKeys.chineseName(fact.key());
    }

    static String printed(Amount amount) {
        return amount.printed() + amount.unit().symbol();
    }

    static String join(List<String> items) {
        return String.join("、", items);
    }

    static List<Provenance> evidence(List<Fact> facts) {
        return facts.stream().map(Fact::source).toList();
    }

    static Map<String, Object> args(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    static Check notApplicable(String ruleId, String subject, String missing, List<Fact> present) {
        return new Check(ruleId, Outcome.NOT_APPLICABLE, subject, null, null, null, null, ruleId,
                args(ARG_MISSING, missing), evidence(present));
    }

    /**
     * Reports a rule's failures; when there are none, one PASS with {@code passArgs} if anything was checked, else
     * NOT_APPLICABLE naming what the filing did not state.
     */
    static void reportFailsOrOutcome(RuleContext context, String ruleId, String subject, List<Check> fails,
                                     int checked, String missing, Map<String, Object> passArgs) {
        fails.forEach(context::report);
        if (fails.isEmpty()) {
            context.report(checked == 0
                    ? notApplicable(ruleId, subject, missing, List.of())
                    : new Check(ruleId, Outcome.PASS, subject, null, null, null, null, ruleId, passArgs, List.of()));
        }
    }

    /** INSUFFICIENT_DATA: the named facts are stated but their numbers could not be read. */
    static Check unreadable(String ruleId, String subject, List<Fact> unreadable, List<Fact> all) {
        String names = unreadable.stream().map(f -> nameOf(f, true)).distinct().collect(Collectors.joining("、"));
        return insufficient(ruleId, subject, names + "的金额无法识读", all);
    }

    static Check insufficient(String ruleId, String subject, String reason, List<Fact> all) {
        return new Check(ruleId, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null, ruleId,
                args(ARG_REASON, reason), evidence(all));
    }

    /** The facts among {@code facts} whose amount is not a money amount (cannot take part in a sum). */
    static List<Fact> notMoney(List<Fact> facts) {
        return facts.stream().filter(f -> !f.amount().unit().isMoney()).toList();
    }

    static Check notMoney(String ruleId, String subject, List<Fact> offending, List<Fact> all) {
        String names = offending.stream().map(f -> nameOf(f, true)).distinct().collect(Collectors.joining("、"));
        return insufficient(ruleId, subject, names + "不是金额", all);
    }

    static List<Fact> unreadable(List<Fact> facts) {
        return facts.stream().filter(f -> !f.readable()).toList();
    }
}
