package budget.audit.parse.prose;

import budget.audit.model.Amount;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One number with its unit found in a paragraph, with the words before it.
 * A VALUE states a quantity (label = what it is), a CHANGE states an increase or decrease (signed; attached to
 * the VALUE it qualifies, or carrying its own {@link #subject()} such as "收入" in "收入较去年增加…"), a PREVIOUS
 * states the previous year's figure of the VALUE before it; PERCENT is a share or rate (never an amount).
 */
public final class Mention {

    public enum Kind { VALUE, CHANGE, PREVIOUS, PERCENT }

    private final Paragraph paragraph;
    private final int start;
    private final int end;
    private final String number;
    private final Unit unit;
    private final Kind kind;
    private final int sign;
    private final String rawLabel;
    private final String label;
    private final String subject;
    private final int sentenceStart;
    private final int sentenceColon;
    private final boolean explanatory;
    private final List<Mention> changes = new ArrayList<>();
    private final List<Mention> previous = new ArrayList<>();
    private Mention target;

    Mention(Paragraph paragraph, int start, int end, String number, Unit unit, Kind kind, int sign,
            String rawLabel, String label, String subject, int sentenceStart, int sentenceColon,
            boolean explanatory) {
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.number = number;
        this.unit = unit;
        this.kind = kind;
        this.sign = sign;
        this.rawLabel = rawLabel;
        this.label = label;
        this.subject = subject;
        this.sentenceStart = sentenceStart;
        this.sentenceColon = sentenceColon;
        this.explanatory = explanatory;
    }

    public Paragraph paragraph() {
        return paragraph;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Kind kind() {
        return kind;
    }

    public Unit unit() {
        return unit;
    }

    /** True when a placeholder ("XX万元") stands where the number should be. */
    public boolean unreadable() {
        return number == null;
    }

    /** The words between the previous delimiter and the number, as printed (spaces removed). */
    public String rawLabel() {
        return rawLabel;
    }

    /** The label without list markers, 其中/包括, leading year and trailing 预算/安排 ("办公费", "一般公共服务支出"). */
    public String label() {
        return label;
    }

    /** For a CHANGE: the quantity named before 比/较/与 ("收入", "支出预算"), "" when it qualifies the VALUE before it. */
    public String subject() {
        return subject;
    }

    /** The sentence up to this mention (from the last 。 of the paragraph). */
    public String sentence() {
        return paragraph.text().substring(sentenceStart, start);
    }

    /**
     * The words of {@link #sentence()} before its first colon (the later of the first full-width and the first
     * ASCII one), as {@link LabelCleaner#head} cleans them; null when the sentence has no colon after its start.
     */
    String sentenceHead() {
        return sentenceColon > sentenceStart ? paragraph.headBetween(sentenceStart, sentenceColon) : null;
    }

    /** The length of {@link #sentence()}, without copying it. */
    public int sentenceLength() {
        return start - sentenceStart;
    }

    /** Inside a "主要原因是…" / "主要是…" explanation: a reason's number, not a figure of the filing. */
    public boolean explanatory() {
        return explanatory;
    }

    public boolean isMoney() {
        return unit != null && unit.isMoney();
    }

    public boolean isCount() {
        return unit == Unit.VEHICLE || unit == Unit.ITEM;
    }

    /** The amount as printed (changes signed: 减少 is negative; 持平 is 0 in the unit of the value it qualifies). */
    public Amount amount() {
        if (number == null) {
            return null;
        }
        BigDecimal v = new BigDecimal(number);
        Unit u = unit != null ? unit : target != null && target.unit != null ? target.unit : Unit.WAN_YUAN;
        return new Amount(sign < 0 ? v.negate() : v, u);
    }

    public Mention target() {
        return target;
    }

    public List<Mention> changes() {
        return changes;
    }

    public List<Mention> previous() {
        return previous;
    }

    void attachTo(Mention value) {
        this.target = value;
        if (kind == Kind.CHANGE) {
            value.changes.add(this);
        } else if (kind == Kind.PREVIOUS) {
            value.previous.add(this);
        }
    }

    public Provenance provenance(String file) {
        return paragraph.provenance(file, start);
    }

    /** The printed text of this mention, e.g. "9.8万元", "XX万元", "持平". */
    public String printed() {
        return paragraph.text().substring(start, end);
    }

    @Override
    public String toString() {
        return kind + "[" + label + (subject.isEmpty() ? "" : "|" + subject) + "=" + printed()
                + (explanatory ? ",expl" : "") + "]";
    }
}
