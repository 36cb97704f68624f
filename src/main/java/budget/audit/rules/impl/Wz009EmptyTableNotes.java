package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.FilingContent;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * WZ009: every empty table carries a 空表说明 (on the table, or in the prose naming it); no 空表说明 sits on a table
 * that has figures; a 空表说明 names the table's own fund (政府性基金 vs 国有资本经营).
 */
public final class Wz009EmptyTableNotes implements Rule {

    public static final String ID = "WZ009";

    static final String ARG_KIND = "kind";
    static final String ARG_NOTE = "note";

    private static final Pattern EMPTY_NOTE = Pattern.compile("空表|无数据|本表无|此表无|表为空");
    /** How many lines after a table's title a note printed apart from it (a last row "此表为空") may sit. */
    static final int NOTE_WINDOW = 40;
    /** A cell "是" (is empty) in the filing's list of tables, standing alone between cells or spaces. */
    private static final Pattern EMPTY_MARK = Pattern.compile("(?:\\t|表)是(?:\\t|不涉及|无|$)");
    private static final Pattern COLUMN_NUMBER_ROW = Pattern.compile("\\*+|栏次|行次");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        String prose = ProseScan.proseText(filing);
        List<Check> fails = new ArrayList<>();
        int checked = 0;
        int elsewhere = 0;
        for (BudgetTable t : filing.tables()) {
            String note = t.note() == null ? "" : t.note();
            boolean saysEmpty = EMPTY_NOTE.matcher(note).find();
            if (t.empty() && t.part() == BudgetTable.Part.WHOLE) {
                checked++;
                if (!saysEmpty && !proseExplains(prose, t) && !noteNear(filing, t) && !listedEmpty(filing, t)) {
                    if (filing.content() == FilingContent.TABLES_ONLY) {
                        // the 空表说明 may be in the 情况说明 published apart
                        elsewhere++;
                        continue;
                    }
                    fails.add(check(t, "missing", null));
                } else if (saysEmpty && wrongFund(note, t.kind())) {
                    fails.add(check(t, "wrongFund", note));
                }
            } else if (!t.empty() && saysEmpty && hasFigures(t)) {
                checked++;
                fails.add(check(t, "hasFigures", note));
            }
        }
        fails.forEach(context::report);
        if (elsewhere > 0) {
            context.report(Checks.notApplicable(ID, "空表说明", Halves.NARRATIVE_ELSEWHERE, List.of()));
        }
        if (fails.isEmpty() && checked > elsewhere) {
            context.report(new Check(ID, Outcome.PASS, "空表说明", null, null, null, null, ID, null, List.of()));
        } else if (checked == 0) {
            context.report(Checks.notApplicable(ID, "空表说明", "空表", List.of()));
        }
    }

    /**
     * Whether the table states a figure: a non-zero amount outside the column-number row (栏次 "1 2 3", "**"),
     * which is part of the header, not data. Fail closed: a note saying the table is empty contradicts only a
     * real figure.
     */
    static boolean hasFigures(BudgetTable t) {
        for (TableRow r : t.rows()) {
            if (columnNumbers(r)) {
                continue;
            }
            for (Amount a : r.values()) {
                if (a != null && a.value().signum() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A row numbering the columns: 1, 2, 3 … in order (named 栏次 / 行次 / ** or unnamed). */
    private static boolean columnNumbers(TableRow r) {
        int expected = 1;
        int seen = 0;
        for (Amount a : r.values()) {
            if (a == null) {
                continue;
            }
            if (a.decimals() != 0 || a.value().intValue() != expected) {
                return false;
            }
            expected++;
            seen++;
        }
        String name = r.name() == null ? "" : r.name().replaceAll("\\s+", "");
        return seen >= 2 || seen == 1 && COLUMN_NUMBER_ROW.matcher(name).matches();
    }

    private static Check check(BudgetTable t, String kind, String note) {
        return new Check(ID, Outcome.FAIL, t.reference(), null, null, null, null, ID,
                Checks.args(ARG_KIND, kind, ARG_NOTE, note), List.of(t.source()));
    }

    /** A prose 空表说明 ("本部门2023年政府性基金预算支出情况表为空表") naming the table's fund or kind. */
    private static boolean proseExplains(String prose, BudgetTable t) {
        String keyword = keyword(t);
        if (keyword == null) {
            return false;
        }
        return Pattern.compile(keyword + "[^。\\n]{0,30}(为空表|空表|无数据)").matcher(prose).find()
                || Pattern.compile("(无|没有)使用" + keyword + "[^。\\n]{0,20}安排的支出").matcher(prose).find()
                || Pattern.compile(keyword + "(?:[^。]{0,60}。){0,3}[^。]{0,60}(本部门|本单位)(无|没有)(此项|此类|该项)(支出|收支|收入)")
                        .matcher(prose).find();
    }

    /**
     * The filing's own list of its tables with a column "是否空表" (and the reason) marks this table empty: a line
     * after that header starting with the table's label ("表16") or title and holding a cell "是".
     */
    private static boolean listedEmpty(BudgetFiling filing, BudgetTable t) {
        String label = t.label() == null ? "" : t.label().replaceAll("\\s+", "");
        String title = t.title() == null ? "" : t.title().replaceAll("\\s+", "");
        boolean inRegister = false;
        for (var l : filing.document().lines()) {
            String text = l.text() == null ? "" : l.text().replaceAll("[ \\u3000]+", "");
            if (text.contains("是否空表")) {
                inRegister = true;
                continue;
            }
            if (!inRegister) {
                continue;
            }
            boolean names = !label.isEmpty() && text.startsWith(label) && !Character.isDigit(
                    text.length() > label.length() ? text.charAt(label.length()) : 'x')
                    || !title.isEmpty() && text.contains(title);
            if (names && EMPTY_MARK.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The fund or subject a 空表说明 names: from the table's own title first (its kind may be misread). */
    private static String keyword(BudgetTable t) {
        String title = t.title() == null ? "" : t.title().replaceAll("\\s+", "");
        for (String k : List.of("政府性基金", "国有资本经营", "三公", "政府采购", "项目支出")) {
            if (title.contains(k)) {
                return k;
            }
        }
        return keyword(t.kind());
    }

    /**
     * A 空表说明 printed in the table's area but not read as its note (a row "此表为空"): the lines from the
     * table's title up to the next table's, {@value #NOTE_WINDOW} at most.
     */
    private static boolean noteNear(BudgetFiling filing, BudgetTable t) {
        if (t.source() == null) {
            return false;
        }
        int from = t.source().line();
        int to = from + NOTE_WINDOW;
        for (BudgetTable other : filing.tables()) {
            if (other.source() != null && other.source().line() > from && other.source().line() < to) {
                to = other.source().line();
            }
        }
        for (var l : filing.document().lines()) {
            if (l.number() > from && l.number() < to && l.text() != null
                    && EMPTY_NOTE.matcher(l.text().replaceAll("\\s+", "")).find()) {
                return true;
            }
        }
        return false;
    }

    private static String keyword(TableKind kind) {
        return switch (kind) {
            case GOVERNMENT_FUND -> "政府性基金";
            case STATE_CAPITAL -> "国有资本经营";
            case PROJECT_EXPENDITURE -> "项目支出";
            case PROCUREMENT -> "政府采购";
            case SANGONG -> "三公";
            default -> null;
        };
    }

    private static boolean wrongFund(String note, TableKind kind) {
        return kind == TableKind.GOVERNMENT_FUND && note.contains("国有资本") && !note.contains("政府性基金")
                || kind == TableKind.STATE_CAPITAL && note.contains("政府性基金") && !note.contains("国有资本");
    }
}
