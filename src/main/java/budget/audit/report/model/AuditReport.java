package budget.audit.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The one report model every renderer (PDF, XLSX, JSON) reads. Its JSON form is a contract other tools read:
 * fields may be added, never renamed. Amounts are strings holding the printed digits ("9.8", "0.9975").
 */
@JsonPropertyOrder({"tool", "source", "sources", "filing", "scope", "summary", "rules", "findings", "facts",
        "roundings", "tables", "missingTables", "generatedOn", "coverage", "opinion", "comparedBudget"})
public record AuditReport(ToolInfo tool, SourceInfo source, FilingInfo filing, Summary summary,
                          List<RuleResult> rules, List<FindingEntry> findings, List<FactEntry> facts,
                          List<CheckEntry> roundings, List<TableEntry> tables, List<ListedTable> missingTables,
                          String generatedOn, List<SourceInfo> sources, List<String> scope, Coverage coverage,
                          String opinion,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                          ComparedBudget comparedBudget) {

    public AuditReport {
        missingTables = missingTables == null ? List.of() : List.copyOf(missingTables);
        sources = sources == null ? (source == null ? List.of() : List.of(source)) : List.copyOf(sources);
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** The shape before the comparison with a published budget ({@code comparedBudget}: none, not written). */
    public AuditReport(ToolInfo tool, SourceInfo source, FilingInfo filing, Summary summary, List<RuleResult> rules,
                       List<FindingEntry> findings, List<FactEntry> facts, List<CheckEntry> roundings,
                       List<TableEntry> tables, List<ListedTable> missingTables, String generatedOn,
                       List<SourceInfo> sources, List<String> scope, Coverage coverage, String opinion) {
        this(tool, source, filing, summary, rules, findings, facts, roundings, tables, missingTables, generatedOn,
                sources, scope, coverage, opinion, null);
    }

    /** The shape before the draft review opinion ({@code opinion}: none). */
    public AuditReport(ToolInfo tool, SourceInfo source, FilingInfo filing, Summary summary, List<RuleResult> rules,
                       List<FindingEntry> findings, List<FactEntry> facts, List<CheckEntry> roundings,
                       List<TableEntry> tables, List<ListedTable> missingTables, String generatedOn,
                       List<SourceInfo> sources, List<String> scope, Coverage coverage) {
        this(tool, source, filing, summary, rules, findings, facts, roundings, tables, missingTables, generatedOn,
                sources, scope, coverage, null);
    }

    /** The shape before several source files and scope statements (one source: itself). */
    public AuditReport(ToolInfo tool, SourceInfo source, FilingInfo filing, Summary summary, List<RuleResult> rules,
                       List<FindingEntry> findings, List<FactEntry> facts, List<CheckEntry> roundings,
                       List<TableEntry> tables, List<ListedTable> missingTables, String generatedOn) {
        this(tool, source, filing, summary, rules, findings, facts, roundings, tables, missingTables, generatedOn,
                null, null, null, null);
    }

    /** The original shape (no missing tables). */
    public AuditReport(ToolInfo tool, SourceInfo source, FilingInfo filing, Summary summary, List<RuleResult> rules,
                       List<FindingEntry> findings, List<FactEntry> facts, List<CheckEntry> roundings,
                       List<TableEntry> tables, String generatedOn) {
        this(tool, source, filing, summary, rules, findings, facts, roundings, tables, List.of(), generatedOn, null, null, null, null);
    }

    @JsonPropertyOrder({"name", "version"})
    public record ToolInfo(String name, String version) {
    }

    @JsonPropertyOrder({"file", "sha256", "format", "encoding"})
    public record SourceInfo(String file, String sha256, String format, String encoding) {
    }

    /**
     * Who and which year; {@code kind} 部门预算 / 单位预算; {@code documentKind} BUDGET / FINAL_ACCOUNTS / OTHER
     * (only BUDGET filings are checked); {@code content} COMPLETE / NARRATIVE_ONLY / TABLES_ONLY (which halves of
     * the disclosure the audited files hold).
     */
    @JsonPropertyOrder({"department", "year", "kind", "documentKind", "content"})
    public record FilingInfo(String department, Integer year, String kind, String documentKind, String content) {

        /** A 预算 filing checked as a whole. */
        public FilingInfo(String department, Integer year, String kind) {
            this(department, year, kind, "BUDGET", "COMPLETE");
        }
    }

    /** Counts of findings by severity, rounding-only checks, and the verdict (通过 / 有警告 / 有错误). */
    @JsonPropertyOrder({"errors", "warnings", "infos", "roundings", "verdict"})
    public record Summary(int errors, int warnings, int infos, int roundings, String verdict) {
    }

    /**
     * One entry per rule id: the worst outcome of its checks; stated / computed only when its applicable checks
     * all test the same stated figure (then those of the first, the prose headline), else null.
     */
    @JsonPropertyOrder({"id", "title", "category", "severity", "outcome", "stated", "computed", "unit", "checks"})
    public record RuleResult(String id, String title, String category, String severity, String outcome,
                             String stated, String computed, String unit, int checks) {
    }

    /**
     * A finding; {@code basis} (依据) is the rule's basis from the catalogue, {@code remedy} (整改建议) what the
     * department should correct or explain (templates/remedies/&lt;rule&gt;.ftl).
     */
    @JsonPropertyOrder({"rule", "title", "severity", "outcome", "subject", "message", "stated", "computed",
            "difference", "unit", "evidence", "basis", "remedy"})
    public record FindingEntry(String rule, String title, String severity, String outcome, String subject,
                               String message, String stated, String computed, String difference, String unit,
                               List<Evidence> evidence, String basis, String remedy) {

        /** The shape before basis and remedy. */
        public FindingEntry(String rule, String title, String severity, String outcome, String subject,
                            String message, String stated, String computed, String difference, String unit,
                            List<Evidence> evidence) {
            this(rule, title, severity, outcome, subject, message, stated, computed, difference, unit, evidence,
                    null, null);
        }
    }

    /** A check listed for the appendix (rounding-only checks). */
    @JsonPropertyOrder({"rule", "subject", "message", "stated", "computed", "difference", "unit", "evidence"})
    public record CheckEntry(String rule, String subject, String message, String stated, String computed,
                             String difference, String unit, List<Evidence> evidence) {
    }

    /** Where a figure was read: the file (one of the report's sources), its line and page, table place, text. */
    @JsonPropertyOrder({"line", "page", "cell", "table", "row", "text", "file", "measure"})
    public record Evidence(Integer line, Integer page, String cell, String table, String row, String text,
                           String file,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String measure) {

        public Evidence(Integer line, Integer page, String cell, String table, String row, String text) {
            this(line, page, cell, table, row, text, null, null);
        }

        public Evidence(Integer line, Integer page, String cell, String table, String row, String text,
                        String file) {
            this(line, page, cell, table, row, text, file, null);
        }
    }

    /** A fact; {@code value} is null and {@code status} UNREADABLE when its number could not be read. */
    @JsonPropertyOrder({"key", "name", "label", "value", "unit", "decimals", "origin", "line", "page", "cell", "table", "row", "text", "status", "file", "measure"})
    public record FactEntry(String key, String name, String label, String value, String unit, Integer decimals,
                            String origin, Integer line, Integer page, String cell, String table, String row,
                            String text, String status, String file,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String measure) {

        public FactEntry(String key, String name, String label, String value, String unit, Integer decimals,
                         String origin, Integer line, Integer page, String cell, String table, String row,
                         String text, String status, String file) {
            this(key, name, label, value, unit, decimals, origin, line, page, cell, table, row, text, status, file,
                    null);
        }

        public FactEntry(String key, String name, String label, String value, String unit, Integer decimals,
                         String origin, Integer line, Integer page, String cell, String table, String row,
                         String text, String status) {
            this(key, name, label, value, unit, decimals, origin, line, page, cell, table, row, text, status, null);
        }
    }

    /**
     * A table that was read: label, title, kind, unit, row count, whether empty; its note (空表说明 …), the printed
     * header of each amount column and every row with its cells as checked ({@code data}).
     */
    @JsonPropertyOrder({"label", "title", "kind", "unit", "rows", "empty", "line", "note", "columns", "data"})
    public record TableEntry(String label, String title, String kind, String unit, int rows, boolean empty,
                             Integer line, String note, List<String> columns, List<TableRowEntry> data) {

        public TableEntry {
            columns = columns == null ? List.of() : List.copyOf(columns);
            data = data == null ? List.of() : List.copyOf(data);
        }

        /** The original shape (no note, columns or rows). */
        public TableEntry(String label, String title, String kind, String unit, int rows, boolean empty,
                          Integer line) {
            this(label, title, kind, unit, rows, empty, line, null, List.of(), List.of());
        }

        /** "附件3 …" as findings cite the table. */
        public String reference() {
            return label == null || label.isEmpty() ? title : label + " " + title;
        }
    }

    /** One table row: code ("" when none), name, source line, one cell per column. */
    @JsonPropertyOrder({"code", "name", "line", "cells"})
    public record TableRowEntry(String code, String name, Integer line, List<CellEntry> cells) {
        public TableRowEntry {
            cells = cells == null ? List.of() : List.copyOf(cells);
        }
    }

    /**
     * One amount cell: the printed value (null = blank); when a check tested it: the worst outcome ({@code status}:
     * PASS / ROUNDING / TRUNCATION / FAIL), the value computed by that check (same unit), and the rules that tested it
     * ("TB001、TB002"). Unchecked cells have null status, computed and rules.
     */
    @JsonPropertyOrder({"value", "status", "computed", "rules"})
    public record CellEntry(String value, String status, String computed, String rules) {
    }

    /** A table the filing's own 目录 / 附表 list names: its number there, title as printed, and line. */
    @JsonPropertyOrder({"number", "title", "line"})
    public record ListedTable(int number, String title, Integer line) {
    }

    /**
     * The published 部门预算 a 决算 was compared with ({@code audit --budget}, JS011); absent from reports audited
     * without one. {@code status}: COMPARED / NOT_PAIRED (not a 部门预算, or another department or year) /
     * UNREADABLE; {@code outcome} FAIL (a figure differs) / PASS (every compared figure agrees) / NOT_APPLICABLE
     * (nothing compared: {@code reason} says why); {@code figures} every 决算 figure considered. sha256, format and
     * encoding are null when the file could not be read.
     */
    @JsonPropertyOrder({"file", "sha256", "format", "encoding", "department", "year", "documentKind", "status",
            "outcome", "reason", "compared", "differing", "notChecked", "figures"})
    public record ComparedBudget(String file, String sha256, String format, String encoding, String department,
                                 Integer year, String documentKind, String status, String outcome, String reason,
                                 int compared, int differing, int notChecked, List<ComparedFigure> figures) {

        public ComparedBudget {
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    /**
     * One 决算 figure compared with the budget: outcome (PASS / ROUNDING / FAIL / NOT_APPLICABLE), the figures as
     * printed with their units, 决算 − 预算 in {@code unit}, where each was read (page or line, table, row,
     * column) and, when not compared, why ({@code reason}, else null).
     */
    @JsonPropertyOrder({"outcome", "subject", "message", "finalValue", "budgetValue", "difference", "unit",
            "finalAt", "budgetAt", "reason"})
    public record ComparedFigure(String outcome, String subject, String message, String finalValue,
                                 String budgetValue, String difference, String unit, String finalAt,
                                 String budgetAt, String reason) {
    }
}
