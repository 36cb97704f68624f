package budget.audit.model;

/**
 * Which halves of a disclosure a filing holds: the 情况说明 (narrative prose) and the 报表 (standard tables).
 * A filing published as two files holds one half per file; audited alone, each half is only checked for what it
 * can hold.
 */
public enum FilingContent {
    /** Narrative and tables (or a filing too small to tell: checked as a whole). */
    COMPLETE("情况说明和报表"),
    /** The 情况说明 only: its tables are published elsewhere. */
    NARRATIVE_ONLY("仅情况说明"),
    /** The 报表 only: its 情况说明 is published elsewhere. */
    TABLES_ONLY("仅报表");

    private final String label;

    FilingContent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasNarrative() {
        return this != TABLES_ONLY;
    }

    public boolean hasTables() {
        return this != NARRATIVE_ONLY;
    }
}
