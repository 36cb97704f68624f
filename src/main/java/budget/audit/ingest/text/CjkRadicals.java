package budget.audit.ingest.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * PDFs made by some office and print drivers map glyphs to CJK <em>radical</em> code points instead of the
 * characters they show: "部⻔" (U+2ED4) for 部门, "⽀出" (U+2F40) for 支出. Text extraction then yields words no rule
 * recognises. The Kangxi radicals (U+2F00–U+2FD5) have compatibility decompositions to the unified ideographs; the
 * simplified-form radicals of the supplement block (U+2E80–U+2EF3) do not, so the ones that stand for a whole
 * simplified character are mapped here. Radicals that are only components (讠, 钅, 饣 …) are kept.
 */
final class CjkRadicals {

    private static final Map<Character, Character> SIMPLIFIED = Map.ofEntries(
            Map.entry('\u2E9F', '母'), Map.entry('\u2EC5', '见'), Map.entry('\u2EC6', '角'), Map.entry('\u2EC9', '贝'),
            Map.entry('\u2ECB', '车'), Map.entry('\u2ED3', '长'), Map.entry('\u2ED4', '门'), Map.entry('\u2ED9', '韦'),
            Map.entry('\u2EDA', '页'), Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'), Map.entry('\u2EE2', '马'),
            Map.entry('\u2EE5', '鱼'), Map.entry('\u2EE6', '鸟'), Map.entry('\u2EE7', '卤'), Map.entry('\u2EE8', '麦'),
            Map.entry('\u2EE9', '黄'), Map.entry('\u2EEA', '黾'), Map.entry('\u2EEC', '齐'), Map.entry('\u2EEE', '齿'),
            Map.entry('\u2EF0', '龙'), Map.entry('\u2EF3', '龟'));

    private CjkRadicals() {
    }

    /** The ideograph a radical code point stands for, or the character itself. */
    static char toIdeograph(char c) {
        Character simplified = SIMPLIFIED.get(c);
        if (simplified != null) {
            return simplified;
        }
        if (c >= 0x2F00 && c <= 0x2FD5) {
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (folded.length() == 1) {
                return folded.charAt(0);
            }
        }
        return c;
    }
}
