package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.SourceLine;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PH001: placeholders and template residue left in the published text: XX / ×× where a figure or name belongs,
 * "……", 待填写 / 待补充, and "主要原因是。" with no reason.
 */
public final class Ph001Placeholders implements Rule {

    public static final String ID = "PH001";

    static final String ARG_QUOTE = "quote";

    private static final Pattern RESIDUE = Pattern.compile(
            "(?<![A-Za-z])[XＸx×]{2,}(?![A-Za-z])|…{2,}|\\.{6,}|待填写|待补充|待填报|此处填写|(?:主要原因是|主要原因为|主要原因|原因是|主要用于)[：:]?\\s*[。；;]");

    /** Table-of-contents leaders ("一、部门主要职能……………3") are layout, not residue. */
    private static final Pattern LEADER = Pattern.compile("[…．.·]{4,}\\s*\\d*\\s*$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        int found = 0;
        for (SourceLine line : filing.document().lines()) {
            String text = LEADER.matcher(ProseScan.text(line)).replaceAll("");
            Matcher m = RESIDUE.matcher(text);
            if (m.find()) {
                found++;
                context.report(new Check(ID, Outcome.FAIL, "第" + line.number() + "行", null, null, null, null, ID,
                        Checks.args(ARG_QUOTE, m.group().strip()),
                        List.of(line.provenance(filing.fileName()))));
            }
        }
        if (found == 0) {
            context.report(new Check(ID, Outcome.PASS, "占位符与模板残留", null, null, null, null, ID, null, List.of()));
        }
    }
}
