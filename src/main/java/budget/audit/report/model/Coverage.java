package budget.audit.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What the audit covered and what it could not check, so that silence is never read as a pass: every table read
 * (recognised, checked only in part, not verified, not understood, empty) with the reason, the prose amounts matched
 * to a table cell or compared by a check and those that were not, the tables the filing lists but that were not
 * found, the rules that checked nothing, with why, and what of the file could not be read ({@code notRead}: pages
 * not read, bytes that were not valid text, in Chinese). Part of the JSON contract: fields may be added, never renamed.
 */
@JsonPropertyOrder({"summary", "tables", "prose", "missingTables", "notChecked", "notRead"})
public record Coverage(Summary summary, List<TableItem> tables, Prose prose,
                       List<AuditReport.ListedTable> missingTables, List<Gap> notChecked, List<String> notRead) {

    /** Table status: every amount column understood, the reading validated by the table's own sums. */
    public static final String CHECKED = "CHECKED";
    /**
     * Table status: kind and every amount column understood, but no rule ran on it (a 决算 or another document the
     * budget rules do not apply to). Counted as recognised, never as checked.
     */
    public static final String RECOGNISED = "RECOGNISED";
    /** Table status: checked, but some amount columns (with figures) have no known meaning and were left out. */
    public static final String PARTIAL = "PARTIAL";
    /** Table status: the reading failed the table's own sums or is ambiguous; nothing on it was checked. */
    public static final String NOT_VERIFIED = "NOT_VERIFIED";
    /** Table status: not recognised as a standard table, or no amount column recognised. */
    public static final String NOT_UNDERSTOOD = "NOT_UNDERSTOOD";
    /** Table status: no figures (空表). */
    public static final String EMPTY = "EMPTY";

    public Coverage {
        tables = List.copyOf(tables);
        missingTables = List.copyOf(missingTables);
        notChecked = List.copyOf(notChecked);
        notRead = notRead == null ? List.of() : List.copyOf(notRead);
    }

    /** Coverage of a file read whole. */
    public Coverage(Summary summary, List<TableItem> tables, Prose prose, List<AuditReport.ListedTable> missingTables,
                    List<Gap> notChecked) {
        this(summary, tables, prose, missingTables, notChecked, List.of());
    }

    /**
     * Counts. {@code standardTables} = tables with figures + tables listed but not found; {@code recognised} = of
     * those, tables of a standard kind with every amount column understood and a validated reading.
     */
    @JsonPropertyOrder({"tables", "standardTables", "recognised", "partial", "notVerified", "notUnderstood", "empty",
            "listedNotFound", "proseAmounts", "proseMatched", "setAsideChecks", "rulesNotApplied"})
    public record Summary(int tables, int standardTables, int recognised, int partial, int notVerified,
                          int notUnderstood, int empty, int listedNotFound, int proseAmounts, int proseMatched,
                          int setAsideChecks, int rulesNotApplied) {

        /** recognised / standardTables in percent (one decimal), or null when there is none. */
        public String recognisedPercent() {
            return percent(recognised, standardTables);
        }

        /** proseMatched / proseAmounts in percent (one decimal), or null when there is none. */
        public String proseMatchedPercent() {
            return percent(proseMatched, proseAmounts);
        }

        public static String percent(int part, int whole) {
            if (whole == 0) {
                return null;
            }
            return new java.math.BigDecimal(part * 100L).divide(new java.math.BigDecimal(whole), 1,
                    java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * One table read.
     *
     * @param table            its reference as findings cite it
     * @param kind             the standard table kind recognised (其他表 when none)
     * @param page             page of its title, when known
     * @param line             line of its title
     * @param status           {@link #CHECKED} / {@link #PARTIAL} / {@link #NOT_VERIFIED} / {@link #NOT_UNDERSTOOD} /
     *                         {@link #EMPTY}
     * @param roles            the meaning bound to each amount column, in order
     * @param unknownColumns   amount columns with figures whose meaning is unknown (printed headers)
     * @param identities       internal sums checked on it (hierarchy and row identities)
     * @param failedIdentities of which failing
     * @param setAsideChecks   checks set aside because this table is not verified
     * @param reason           why it is not (fully) checked, in Chinese; null when checked
     */
    @JsonPropertyOrder({"table", "kind", "page", "line", "status", "roles", "unknownColumns", "identities",
            "failedIdentities", "setAsideChecks", "reason"})
    public record TableItem(String table, String kind, Integer page, Integer line, String status, List<String> roles,
                            List<String> unknownColumns, int identities, int failedIdentities, int setAsideChecks,
                            String reason) {
        public TableItem {
            roles = List.copyOf(roles);
            unknownColumns = List.copyOf(unknownColumns);
        }
    }

    /**
     * The amounts the prose states (money figures of its sentences, not changes, previous-year figures or figures
     * inside a "主要原因是…" explanation): how many, how many matched, and every unmatched one.
     */
    @JsonPropertyOrder({"amounts", "matched", "unmatched"})
    public record Prose(int amounts, int matched, List<ProseAmount> unmatched) {
        public Prose {
            unmatched = List.copyOf(unmatched);
        }
    }

    /** One prose amount: as printed ("9.8万元"), the words before it, line, page and the quoted line. */
    @JsonPropertyOrder({"amount", "label", "line", "page", "text"})
    public record ProseAmount(String amount, String label, Integer line, Integer page, String text) {
    }

    /** A rule that checked nothing: its worst outcome (不适用 / 数据不足) and why, in Chinese. */
    @JsonPropertyOrder({"rule", "title", "outcome", "reason"})
    public record Gap(String rule, String title, String outcome, String reason) {
    }
}
