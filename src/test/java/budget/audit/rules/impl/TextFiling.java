package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.parse.ProseParser;
import budget.audit.parse.table.TableFacts;
import budget.audit.parse.table.TableReader;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses a small hand-written filing text (our own fixtures, not seed text) the way the engine does. */
final class TextFiling {

    private TextFiling() {
    }

    /** Parses {@code text}; a text without any amount gets one neutral sentence so that it counts as a filing. */
    static BudgetFiling of(String text) {
        try {
            return parse(text);
        } catch (budget.audit.ingest.InputException e) {
            try {
                return parse(text + "\n备注：本文件测试金额1万元。\n");
            } catch (budget.audit.ingest.InputException again) {
                throw new AssertionError(again);
            }
        }
    }

    private static BudgetFiling parse(String text) throws budget.audit.ingest.InputException {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(SourceLine.plain(i + 1, raw[i], raw[i]));
        }
        SourceDocument doc = new SourceDocument("fixture.txt", "0".repeat(64), "text", "UTF-8", lines);
        {
            BudgetFiling prose = new ProseParser().parse(doc);
            List<BudgetTable> tables = TableReader.read(doc);
            List<Fact> facts = new ArrayList<>(prose.facts());
            facts.addAll(TableFacts.from(tables, doc.fileName()));
            return new BudgetFiling(doc, prose.department(), prose.year(), prose.kind(), facts, tables,
                    prose.issues());
        }
    }

    static List<Check> run(Rule rule, BudgetFiling filing) {
        RuleContext context = new RuleContext(rule.id(), Map.of());
        rule.evaluate(filing, context);
        return context.checks();
    }

    static List<Check> fails(Rule rule, String text) {
        return run(rule, of(text)).stream().filter(c -> c.outcome() == Outcome.FAIL).toList();
    }

    static List<Outcome> outcomes(Rule rule, String text) {
        return run(rule, of(text)).stream().map(Check::outcome).toList();
    }
}
