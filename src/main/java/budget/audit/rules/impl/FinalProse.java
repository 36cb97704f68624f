package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.parse.prose.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a 决算 filing for the 决算 rules: each paragraph with its whitespace removed (PDF text spaces out
 * "公 务 用 车"), the place of every character kept, so a match quotes the line it was read on.
 */
final class FinalProse {

    /** A number as printed in prose: 1,234.56 / 0.8 / 100. */
    static final String NUMBER = "(\\d[\\d,，]*(?:\\.\\d+)?)";

    /** One paragraph, compacted. */
    record Text(Paragraph paragraph, String text, int[] offsets) {
        Provenance at(BudgetFiling filing, int compactOffset) {
            int o = offsets.length == 0 ? 0 : offsets[Math.max(0, Math.min(compactOffset, offsets.length - 1))];
            return paragraph.provenance(filing.document().fileName(), o);
        }
    }

    private FinalProse() {
    }

    static List<Text> paragraphs(BudgetFiling filing) {
        List<Text> out = new ArrayList<>();
        for (Paragraph p : ProseScan.paragraphs(filing)) {
            String raw = p.text();
            StringBuilder sb = new StringBuilder();
            int[] offsets = new int[raw.length()];
            int n = 0;
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (!Character.isWhitespace(ch) && ch != '\u3000') {
                    sb.append(ch == '％' ? '%' : ch);
                    offsets[n++] = i;
                }
            }
            out.add(new Text(p, sb.toString(), java.util.Arrays.copyOf(offsets, n)));
        }
        return out;
    }

    /** An amount printed in prose with its unit (万元 / 元 / 亿元). */
    static Amount money(String number, String unit) {
        return Amount.of(number.replace(",", "").replace("，", ""), Unit.fromSymbol(unit));
    }

    /** A stated percentage as an amount in %. */
    static Amount percent(String number) {
        // NUMBER admits the full-width comma too (fuzz seed 20260115, #62384: "1，5%" failed JS006 internally)
        return Amount.of(number.replace(",", "").replace("，", ""), Unit.PERCENT);
    }

    static Matcher find(Pattern p, String text, int from) {
        Matcher m = p.matcher(text);
        m.region(from, text.length());
        return m;
    }
}
