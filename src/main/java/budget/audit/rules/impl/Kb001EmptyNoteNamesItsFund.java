package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.parse.prose.Paragraph;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KB001: a 空表说明 speaks of the fund of the table or section it stands in. Two places WZ009 (which reads the
 * table's own note) does not look at: the prose section on a fund's table ("（八）国有资本经营预算支出情况说明" followed by
 * "本部门没有使用政府性基金预算拨款安排的支出") and a note printed in the table's area but not read as its note. A note
 * naming the other fund and not its own is a finding; a note naming both, or neither, is not judged.
 */
public final class Kb001EmptyNoteNamesItsFund implements Rule {

    public static final String ID = "KB001";

    static final String ARG_PLACE = "place";
    static final String ARG_OWN = "own";
    static final String ARG_NAMED = "named";
    static final String ARG_NOTE = "note";

    private static final String GOV_FUND = "政府性基金";
    private static final String STATE_CAPITAL = "国有资本经营";
    private static final Pattern SECTION = Pattern.compile(
            "^[（(]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*(?:关于)?(?:部门|单位)?(?:\\d{4}年)?(?<fund>政府性基金|国有资本经营)"
                    + "(?:预算)?(?:财政拨款)?(?:收入)?(?:支出)?(?:预算)?(?:表|情况|功能分类)[^。，,；]{0,20}?(?:说明|表)");
    private static final Pattern EMPTY = Pattern.compile("空表|无数据|没有使用|未使用|无[^。，；]{0,20}安排|不涉及|无此项|没有此项");
    private static final Pattern HEADING_LIKE = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]{1,3}[)）、.．]");
    /** Paragraphs after a section heading in which its 空表说明 may stand. */
    private static final int FOLLOWING = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        String file = filing.fileName();
        List<Check> fails = new ArrayList<>();
        int checked = 0;
        List<Paragraph> ps = ProseScan.paragraphs(filing);
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Matcher s = SECTION.matcher(p.text());
            if (!s.find()) {
                continue;
            }
            String own = s.group("fund");
            String heading = p.text().substring(0, s.end());
            List<String> texts = new ArrayList<>(List.of(p.text().substring(s.end())));
            List<Paragraph> where = new ArrayList<>(List.of(p));
            for (int j = i + 1; j < ps.size() && j <= i + FOLLOWING; j++) {
                if (HEADING_LIKE.matcher(ps.get(j).text()).find()) {
                    break;
                }
                texts.add(ps.get(j).text());
                where.add(ps.get(j));
            }
            for (int k = 0; k < texts.size(); k++) {
                String note = emptyNote(texts.get(k));
                if (note == null) {
                    continue;
                }
                checked++;
                if (namesOther(note, own)) {
                    Paragraph at = where.get(k);
                    fails.add(fail("说明文字“" + heading.trim() + "”", own, note,
                            at.provenance(file, k == 0 ? s.end() : 0)));
                }
            }
        }
        for (BudgetTable t : filing.tables()) {
            String own = own(t.kind());
            if (own == null || !t.empty() || t.source() == null
                    || t.note() != null && EMPTY.matcher(t.note()).find()) {
                continue; // a table's own note is WZ009's
            }
            for (SourceLine l : areaOf(filing, t)) {
                String note = emptyNote(l.text() == null ? "" : l.text().replaceAll("\\s+", ""));
                // a note in the area is looked at for a wrong fund only: whether a note lands in the area or is read
                // as the table's own (WZ009's) depends on the file format, and the outcome must not
                if (note != null && namesOther(note, own)) {
                    checked++;
                    fails.add(fail(t.reference(), own, note, l.provenance(file)));
                }
            }
        }
        Checks.reportFailsOrOutcome(context, ID, "空表说明所称资金", fails, checked,
                "政府性基金、国有资本经营预算表或其说明中的空表说明", null);
    }

    /** The sentence of {@code text} that says a table or fund is empty, or null. */
    private static String emptyNote(String text) {
        for (String sentence : text.split("[。；;]")) {
            if (EMPTY.matcher(sentence).find() && (sentence.contains(GOV_FUND) || sentence.contains(STATE_CAPITAL))) {
                return sentence.trim();
            }
        }
        return null;
    }

    private static boolean namesOther(String note, String own) {
        String other = own.equals(GOV_FUND) ? STATE_CAPITAL : GOV_FUND;
        return note.contains(other) && !note.contains(own);
    }

    private static String own(TableKind kind) {
        return switch (kind) {
            case GOVERNMENT_FUND -> GOV_FUND;
            case STATE_CAPITAL -> STATE_CAPITAL;
            default -> null;
        };
    }

    /** The lines from the table's title up to the next table's, {@value Wz009EmptyTableNotes#NOTE_WINDOW} at most. */
    private static List<SourceLine> areaOf(BudgetFiling filing, BudgetTable t) {
        int from = t.source().line();
        int to = from + Wz009EmptyTableNotes.NOTE_WINDOW;
        for (BudgetTable other : filing.tables()) {
            if (other.source() != null && other.source().line() > from && other.source().line() < to) {
                to = other.source().line();
            }
        }
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine l : filing.document().lines()) {
            if (l.number() > from && l.number() < to) {
                out.add(l);
            }
        }
        return out;
    }

    private static Check fail(String place, String own, String note, Provenance at) {
        return new Check(ID, Outcome.FAIL, place, null, null, null, null, ID,
                Checks.args(ARG_PLACE, place, ARG_OWN, own, ARG_NAMED, own.equals(GOV_FUND) ? STATE_CAPITAL : GOV_FUND,
                        ARG_NOTE, note), List.of(at));
    }
}
