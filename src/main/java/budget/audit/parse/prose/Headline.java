package budget.audit.parse.prose;

import java.util.regex.Pattern;

/** Helpers to decide which quantity a headline figure states. */
final class Headline {

    private static final Pattern GENERIC = Pattern.compile("^(年初预算数|年初预算|预算数|预算总额|合计|总计|总额)?$");

    private Headline() {
    }

    /** The label, or for a generic one ("2023年年初预算数") the head of its sentence ("收入预算：…" → "收入预算"). */
    static String topic(Mention m) {
        String head = LabelCleaner.head(m.rawLabel());
        if (!GENERIC.matcher(LabelCleaner.clean(m.rawLabel())).matches()) {
            return head;
        }
        String beforeColon = m.sentenceHead();
        return beforeColon != null ? beforeColon : head;
    }

    static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
