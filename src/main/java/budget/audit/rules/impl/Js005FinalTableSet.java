package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/**
 * JS005: the standard 决算 table set (profiles/final-accounts.yaml) is published: each required table is among
 * the tables read. A table not read but named in the text (a list of attachments, a 空表说明) is not called
 * missing: it may be printed in a form the reader did not recognise (not checked, said so). Tables a region or
 * year may omit (required: false) are never a finding. Only a filing holding 决算 tables is checked (a 情况说明
 * published alone has none).
 */
public final class Js005FinalTableSet implements FinalAccountsRule {

    public static final String ID = "JS005";

    static final String ARG_TABLE_NAME = "name";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<BudgetTable> finals = filing.tables().stream().filter(FinalAccountsLayout::isFinalTable).toList();
        if (finals.isEmpty()) {
            context.report(TableChecks.notApplicable(ID, "决算公开表格", "决算表格（本文件未见可读取的决算表）"));
            return;
        }
        List<FinalProse.Text> prose = FinalProse.paragraphs(filing);
        for (FinalAccountsLayout.StandardTable s : FinalAccountsLayout.get().standardTables()) {
            BudgetTable found = finals.stream().filter(t -> s.matches(t.title())).findFirst().orElse(null);
            if (found != null) {
                context.report(new Check(ID, Outcome.PASS, s.name(), null, null, null, null, ID,
                        Checks.args(ARG_TABLE_NAME, s.name()),
                        List.of(found.source().inTable(found.reference(), null, null))));
                continue;
            }
            Provenance named = named(filing, prose, s);
            if (named != null) {
                context.report(new Check(ID, Outcome.INSUFFICIENT_DATA, s.name(), null, null, null, null, ID,
                        Checks.args(ARG_TABLE_NAME, s.name(), Checks.ARG_REASON,
                                "文中提及该表，但未能读取到该表（可能以本工具不认识的表式印制）"), List.of(named)));
            } else if (s.required()) {
                context.report(new Check(ID, Outcome.FAIL, s.name(), null, null, null, null, ID,
                        Checks.args(ARG_TABLE_NAME, s.name()), List.of()));
            } else {
                context.report(new Check(ID, Outcome.NOT_APPLICABLE, s.name(), null, null, null, null, ID,
                        Checks.args(ARG_TABLE_NAME, s.name(), Checks.ARG_MISSING,
                                "该表（部分地区、年度的决算公开不含此表）"), List.of()));
            }
        }
    }

    private static Provenance named(BudgetFiling filing, List<FinalProse.Text> prose, FinalAccountsLayout.StandardTable s) {
        for (FinalProse.Text p : prose) {
            int at = s.find(p.text());
            if (at >= 0) {
                return p.at(filing, at);
            }
        }
        return null;
    }
}
