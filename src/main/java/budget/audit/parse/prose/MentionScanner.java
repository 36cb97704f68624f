package budget.audit.parse.prose;

import budget.audit.model.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds every number-with-unit (and every "持平") in a paragraph and links changes to the values they qualify. */
public final class MentionScanner {

    private static final Pattern LEVEL = Pattern.compile("持平");
    private static final String LABEL_BOUNDARY = "，,。；;：:、！？!?";
    private static final String SENTENCE_BOUNDARY = "。！？!?";
    private static final String CLAUSE_BOUNDARY = "。；;！？!?";
    private static final Pattern CHANGE_WORD = Pattern.compile("(增减少|增加|减少|增长|下降|上升|降低|调减|调增|压减)了?$");
    private static final Pattern NEGATIVE_WORD = Pattern.compile("减少|下降|降低|调减|压减");
    private static final Pattern COMPARATOR = Pattern.compile("与|同比|比|较");
    private static final List<String> EXPLANATION = List.of("主要原因", "原因是", "主要是", "主要因为", "主要由于");
    private static final Pattern LABEL_PUNCTUATION = Pattern.compile("[，,：:]");
    /** Last year's figure: "比上年", "较2023年的", "上年为", "2023年预算数为", "比2023年的预算数", "上年同期". */
    private static final Pattern PREVIOUS_YEAR_LABEL =
            Pattern.compile("^(比|较|与)?(上年|去年|上一年度?|(?<year>\\d{4})年度?)的?(年初|同期)?(预算|预算数|执行数|决算数)?(的|为|是)?$");

    private final Integer budgetYear;

    public MentionScanner(Integer budgetYear) {
        this.budgetYear = budgetYear;
    }

    public List<Mention> scan(Paragraph p) {
        String text = p.text();
        List<Mention> found = new ArrayList<>();
        int previousEnd = 0;
        List<Object[]> raw = new ArrayList<>();
        NumberTokenizer tokens = new NumberTokenizer(text);
        for (NumberTokenizer.Token t = tokens.next(); t != null; t = tokens.next()) {
            raw.add(new Object[]{t.start(), t.end(), t.number(), t.unit()});
        }
        Matcher level = LEVEL.matcher(text);
        while (level.find()) {
            raw.add(new Object[]{level.start(), level.end(), "0", null});
        }
        raw.sort(Comparator.comparingInt(o -> (int) o[0]));
        // boundaries and explanations found by one pass over the text in step with the mentions (in start order),
        // so that a long paragraph without a full stop costs linear time, not a scan back per mention
        int sentenceStart = 0;
        int clauseStart = 0;
        int fullColon = -1;
        int asciiColon = -1;
        int scanned = 0;
        Explanations explanations = new Explanations(text);
        for (Object[] r : raw) {
            budget.audit.model.Interruption.check();
            int start = (int) r[0];
            int end = (int) r[1];
            boolean isLevel = r[3] == null;
            for (; scanned < start; scanned++) {
                char c = text.charAt(scanned);
                if (SENTENCE_BOUNDARY.indexOf(c) >= 0) {
                    sentenceStart = scanned + 1;
                    fullColon = -1;
                    asciiColon = -1;
                } else if (c == '：' && fullColon < 0) {
                    fullColon = scanned;
                } else if (c == ':' && asciiColon < 0) {
                    asciiColon = scanned;
                }
                if (CLAUSE_BOUNDARY.indexOf(c) >= 0) {
                    clauseStart = scanned + 1;
                }
            }
            int labelStart = Math.max(previousEnd, lastIndexOfAny(text, LABEL_BOUNDARY, start, previousEnd) + 1);
            String rawLabel = text.substring(Math.min(labelStart, start), start);
            boolean explanatory = explanations.within(clauseStart, start);
            Unit unit = isLevel ? null : Unit.fromSymbol((String) r[3]);
            int sentenceColon = Math.max(fullColon, asciiColon);
            found.add(classify(p, start, end, (String) r[2], unit, isLevel, rawLabel, sentenceStart, sentenceColon,
                    explanatory));
            previousEnd = end;
        }
        attach(text, found);
        return found;
    }

    private Mention classify(Paragraph p, int start, int end, String number, Unit unit, boolean isLevel,
                             String rawLabel, int sentenceStart, int sentenceColon, boolean explanatory) {
        if (isLevel) {
            return new Mention(p, start, end, "0", null, Mention.Kind.CHANGE, 0, rawLabel, "持平",
                    subjectOf(rawLabel), sentenceStart, sentenceColon, explanatory);
        }
        if (unit == Unit.PERCENT) {
            return new Mention(p, start, end, number, unit, Mention.Kind.PERCENT, 1, rawLabel,
                    LabelCleaner.clean(rawLabel), "", sentenceStart, sentenceColon, explanatory);
        }
        Matcher change = CHANGE_WORD.matcher(rawLabel);
        if (change.find()) {
            int sign = NEGATIVE_WORD.matcher(change.group(1)).find() ? -1 : 1;
            String before = rawLabel.substring(0, change.start());
            return new Mention(p, start, end, number, unit, Mention.Kind.CHANGE, sign, rawLabel,
                    LabelCleaner.clean(before), subjectOf(before), sentenceStart, sentenceColon, explanatory);
        }
        String label = LabelCleaner.clean(rawLabel);
        Matcher prev = PREVIOUS_YEAR_LABEL.matcher(LABEL_PUNCTUATION.matcher(rawLabel).replaceAll(""));
        if (unit.isMoney() && prev.matches() && !isBudgetYear(prev.group("year"))) {
            return new Mention(p, start, end, number, unit, Mention.Kind.PREVIOUS, 1, rawLabel, label, "",
                    sentenceStart, sentenceColon, explanatory);
        }
        return new Mention(p, start, end, number, unit, Mention.Kind.VALUE, 1, rawLabel, label, "", sentenceStart,
                sentenceColon, explanatory);
    }

    private boolean isBudgetYear(String year) {
        return year != null && budgetYear != null && Integer.parseInt(year) == budgetYear;
    }

    /** "收入较去年" → "收入"; "与2022年预算相比" → ""; "人员经费拨款" → "人员经费拨款". */
    private static String subjectOf(String beforeChangeWord) {
        Matcher c = COMPARATOR.matcher(beforeChangeWord);
        String subject = c.find() ? beforeChangeWord.substring(0, c.start()) : beforeChangeWord;
        return LabelCleaner.clean(subject);
    }

    /**
     * Every occurrence of an explanation word ("主要原因是…"), answering in order of the mentions whether one lies
     * wholly within a clause before a mention.
     */
    private static final class Explanations {
        private final List<int[]> byEnd = new ArrayList<>();
        private int next;
        private int latestStart = -1;

        Explanations(String text) {
            for (String w : EXPLANATION) {
                for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                    byEnd.add(new int[]{at, at + w.length()});
                }
            }
            byEnd.sort(Comparator.comparingInt(o -> o[1]));
        }

        /** Whether a word lies within [from, to); {@code to} never decreases from one call to the next. */
        boolean within(int from, int to) {
            while (next < byEnd.size() && byEnd.get(next)[1] <= to) {
                latestStart = Math.max(latestStart, byEnd.get(next)[0]);
                next++;
            }
            return latestStart >= from;
        }
    }

    /** Links each CHANGE without subject and each PREVIOUS to the VALUE it qualifies. */
    private static void attach(String text, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean needsTarget = (m.kind() == Mention.Kind.CHANGE && m.subject().isEmpty())
                    || m.kind() == Mention.Kind.PREVIOUS;
            if (!needsTarget) {
                continue;
            }
            int j = lastValueBefore(mentions, i);
            if (j < 0) {
                continue;
            }
            Mention v = mentions.get(j);
            // "…运行经费47.25万元。比上年增加8.48万元": a sentence that opens with the comparison continues the last one
            boolean opensSentence = m.sentenceLength() == m.rawLabel().length();
            if (opensSentence || !crossesSentence(text, v.end(), m.start())) {
                m.attachTo(v);
            }
        }
    }

    private static int lastValueBefore(List<Mention> mentions, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (mentions.get(j).kind() == Mention.Kind.VALUE) {
                return j;
            }
        }
        return -1;
    }

    private static boolean crossesSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SENTENCE_BOUNDARY.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The last index before {@code before} and at or after {@code floor} holding one of {@code chars}, or -1. */
    private static int lastIndexOfAny(String text, String chars, int before, int floor) {
        for (int k = before - 1; k >= floor; k--) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }
}
