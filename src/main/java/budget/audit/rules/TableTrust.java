package budget.audit.rules;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.impl.TableChecks;
import budget.audit.rules.impl.Tb001TableHierarchy;
import budget.audit.rules.impl.Tb002RowIdentity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fail closed: whether the current reading of each table can be trusted, computed once per filing from the table's
 * own internal identities, and the gate that turns every check resting on an untrusted table into NOT_APPLICABLE.
 *
 * <p>Two families of identities are counted per table, as the table rules check them: the row hierarchy (TB001:
 * 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, codes under their parent) and the row identities (TB002: 合计 = 基本 + 项目,
 * = 人员 + 公用 …, = Σ funding sources). A family whose failures reach {@link #MIN_FAILURES} and outnumber the
 * identities that hold means the reading, not the document, is wrong (a misread hierarchy or misassigned columns
 * break nearly every sum; a real defect breaks one or two sums of an otherwise consistent table). So does a failing
 * sum whose parts add up to exactly 2–4 times its total (details counted together with their subtotals). A table
 * whose amount columns carry the same role twice is ambiguous when any of its sums fails. Such a table is "未核对":
 * no table check on it and no cross check using one of its cells yields a finding (the checks become NOT_APPLICABLE
 * with the reason in their args); the report says which table and why. Pieces of one printed table (same file and
 * reference, continued over pages) are judged together.
 *
 * <p>Narrower, one check at a time: a failing sum within one row that also holds a figure in a column of unknown
 * meaning ({@link ColumnRoles}), and a failing check citing a row of column numbers (栏次 1 2 3 …), are set aside.
 */
public final class TableTrust {

    /** Message key (template {@code templates/messages/_untrusted.ftl}) of a check the gate set aside. */
    public static final String MESSAGE_KEY = "_untrusted";
    /** Template arg of a gated check: the untrusted table's reference. */
    public static final String ARG_TABLE = "untrustedTable";
    /** Template arg of a gated check: the {@link Reason} name. */
    public static final String ARG_REASON = "untrustedReason";
    /** Template arg of a gated check: the outcome the check had before it was set aside. */
    public static final String ARG_OUTCOME = "gatedOutcome";
    /** Template arg of a gated check: identities checked in the failing family. */
    public static final String ARG_CHECKED = "identities";
    /** Template arg of a gated check: identities failing in the failing family. */
    public static final String ARG_FAILED = "failed";
    /** Template arg of a gated check: the ambiguous column roles ("合计、基本支出"), or the columns of unknown meaning. */
    public static final String ARG_COLUMNS = "columns";

    /** Failures a family needs before it can be judged a misreading (one wrong cell fails up to about three sums). */
    static final int MIN_FAILURES = 3;

    /** Column roles the identities rely on: bound twice, they make the table ambiguous. */
    private static final List<String> IDENTITY_ROLES = List.of(BudgetTable.TOTAL, "小计", "总计", "基本支出", "项目支出",
            "人员经费", "公用经费");

    /**
     * Multiples of the total a double-counting reading produces (each level of an unrecognised hierarchy adds one:
     * unit, sub-unit, project category, project, sub-project under an uncoded 合计 give 5).
     */
    private static final int MAX_MULTIPLE = 6;
    /** A total needs this many steps of its last printed digit before a multiple of it means anything (not 1, 2, 3). */
    private static final int MIN_SIGNIFICANT = 1000;

    /** Why a table's reading (or one check on it) is not validated. */
    public enum Reason {
        /** Most parent = Σ children sums fail: the row hierarchy was not read right. */
        HIERARCHY,
        /** Most row identities (合计 = Σ parts by column) fail: the column roles were not read right. */
        ROWS,
        /** Several amount columns bound to one role. */
        COLUMNS,
        /** A failing sum is an exact multiple (2×, 3× …) of its total: parts counted twice by the reading. */
        MULTIPLE,
        /** Only a failing sum within one row that also holds a figure in a column of unknown meaning. */
        UNKNOWN_PART,
        /** Only a failing check citing a row of column numbers (栏次 1, 2, 3 …) read as figures. */
        NUMBERING_ROW
    }

    /**
     * The reading of one table. A table printed in several pieces (continued over pages, same reference) is judged
     * as one: the reason and its counts are those of all pieces together.
     *
     * @param index            position in {@link BudgetFiling#tables()}
     * @param table            the table
     * @param hierarchyChecked parent = Σ children identities checked on this piece (holding or failing)
     * @param hierarchyFailed  of which failing
     * @param rowChecked       row identities checked on this piece
     * @param rowFailed        of which failing
     * @param ambiguousRoles   roles bound to more than one amount column
     * @param unknownColumns   printed headers of amount columns with figures whose role is unknown
     * @param reason           why it is not trusted, or null when it is
     * @param reasonChecked    identities checked in the family the reason names (all pieces)
     * @param reasonFailed     of which failing
     */
    public record Verdict(int index, BudgetTable table, int hierarchyChecked, int hierarchyFailed, int rowChecked,
                          int rowFailed, List<String> ambiguousRoles, List<String> unknownColumns, Reason reason,
                          int reasonChecked, int reasonFailed) {

        public Verdict {
            ambiguousRoles = List.copyOf(ambiguousRoles);
            unknownColumns = List.copyOf(unknownColumns);
        }

        public boolean trusted() {
            return reason == null;
        }
    }

    /** A table row as a check cites it. */
    private record Place(Verdict verdict, TableRow row) {
    }

    private final List<Verdict> verdicts;
    /** (file, line, reference) of every table row → its table's verdict and the row. */
    private final Map<String, Place> places = new HashMap<>();
    private final boolean anyUntrusted;

    private TableTrust(List<Verdict> verdicts) {
        this.verdicts = List.copyOf(verdicts);
        for (Verdict v : verdicts) {
            for (TableRow row : v.table().rows()) {
                Provenance p = row.source();
                if (p != null) {
                    places.putIfAbsent(key(p.file(), p.line(), v.table().reference()), new Place(v, row));
                }
            }
        }
        this.anyUntrusted = verdicts.stream().anyMatch(v -> !v.trusted());
    }

    /** A filing without tables, or one whose tables are all trusted. */
    public static TableTrust none() {
        return new TableTrust(List.of());
    }

    /** Counts the identities of every table of the filing (default tolerance). */
    public static TableTrust of(BudgetFiling filing) {
        return of(filing, Map.of());
    }

    /** Counts the identities of every table of the filing, the tolerance taken from {@code params}. */
    public static TableTrust of(BudgetFiling filing, Map<String, String> params) {
        List<BudgetTable> tables = filing.tables();
        Map<String, List<Integer>> byReference = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            byReference.computeIfAbsent(tables.get(i).reference(), k -> new ArrayList<>()).add(i);
        }
        int[][] counts = new int[tables.size()][5];
        count(new Tb001TableHierarchy(), filing, params, tables, byReference, counts, 0);
        count(new Tb002RowIdentity(), filing, params, tables, byReference, counts, 2);
        Verdict[] verdicts = new Verdict[tables.size()];
        for (List<Integer> pieces : byPrintedTable(tables).values()) {
            int[] pooled = new int[5];
            Set<String> ambiguous = new LinkedHashSet<>();
            for (int i : pieces) {
                for (int k = 0; k < 5; k++) {
                    pooled[k] += counts[i][k];
                }
                ambiguous.addAll(ambiguousRoles(tables.get(i)));
            }
            Reason reason = null;
            int checked = pooled[0] + pooled[2];
            int failed = pooled[1] + pooled[3];
            if (misread(pooled[0], pooled[1])) {
                reason = Reason.HIERARCHY;
                checked = pooled[0];
                failed = pooled[1];
            } else if (misread(pooled[2], pooled[3])) {
                reason = Reason.ROWS;
                checked = pooled[2];
                failed = pooled[3];
            } else if (pooled[4] > 0) {
                reason = Reason.MULTIPLE;
                failed = pooled[4];
            } else if (!ambiguous.isEmpty() && failed > 0) {
                reason = Reason.COLUMNS;
            }
            for (int i : pieces) {
                BudgetTable t = tables.get(i);
                int[] c = counts[i];
                verdicts[i] = new Verdict(i, t, c[0], c[1], c[2], c[3], List.copyOf(ambiguous), unknownColumns(t),
                        reason, checked, failed);
            }
        }
        return new TableTrust(List.of(verdicts));
    }

    /** The pieces of each printed table: tables of one file with the same reference. */
    private static Map<String, List<Integer>> byPrintedTable(List<BudgetTable> tables) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            BudgetTable t = tables.get(i);
            String file = t.source() == null ? null : t.source().file();
            out.computeIfAbsent(Objects.toString(file) + '\u0000' + t.reference(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** Most of a family's identities fail (and enough of them to rule out one wrong cell). */
    static boolean misread(int checked, int failed) {
        int held = checked - failed;
        return failed >= MIN_FAILURES && failed > held;
    }

    private static void count(Rule rule, BudgetFiling filing, Map<String, String> params, List<BudgetTable> tables,
                              Map<String, List<Integer>> byReference, int[][] counts, int offset) {
        RuleContext context = new RuleContext(rule.id(), params);
        try {
            rule.evaluate(filing, context);
        } catch (RuntimeException e) {
            return;
        }
        for (Check check : context.checks()) {
            if (check.outcome() == Outcome.INSUFFICIENT_DATA && check.args().get(TableChecks.ARG_FAILED) != null
                    && !check.evidence().isEmpty()) {
                // the rule itself found its reading of the table doubtful: its counts are the table's
                int table = tableOf(check.evidence().getFirst(), tables, byReference);
                if (table >= 0) {
                    counts[table][offset] += ((Number) check.args().get(TableChecks.ARG_CHECKED)).intValue();
                    counts[table][offset + 1] += ((Number) check.args().get(TableChecks.ARG_FAILED)).intValue();
                }
                continue;
            }
            boolean holds = check.outcome() == Outcome.PASS || check.outcome() == Outcome.ROUNDING
                    || check.outcome() == Outcome.TRUNCATION;
            if (!holds && check.outcome() != Outcome.FAIL || check.evidence().isEmpty()) {
                continue;
            }
            int table = tableOf(check.evidence().getFirst(), tables, byReference);
            if (table >= 0) {
                counts[table][offset]++;
                if (!holds) {
                    counts[table][offset + 1]++;
                    if (multiple(check)) {
                        counts[table][4]++;
                    }
                }
            }
        }
    }

    /**
     * True when the parts of a failing sum add up to 2 … {@value #MAX_MULTIPLE} times its total (within the rounding of the printed
     * figures): a reading that counts subtotals together with their details, not a misprint.
     */
    static boolean multiple(Check check) {
        if (check.stated() == null || check.computed() == null || check.stated().value().signum() <= 0) {
            return false;
        }
        BigDecimal total = check.stated().value();
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, check.stated().decimals()));
        if (total.compareTo(step.multiply(BigDecimal.valueOf(MIN_SIGNIFICANT))) < 0) {
            return false;
        }
        int parts = Math.max(1, check.evidence().size() - 1);
        for (int k = 2; k <= MAX_MULTIPLE; k++) {
            BigDecimal times = total.multiply(BigDecimal.valueOf(k));
            BigDecimal tolerance = step.multiply(BigDecimal.valueOf(k + parts)).divide(BigDecimal.TWO);
            if (check.computed().subtract(times).abs().compareTo(tolerance) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The table a cell's provenance names: by reference, and among tables sharing it, the one holding its line. */
    private static int tableOf(Provenance p, List<BudgetTable> tables, Map<String, List<Integer>> byReference) {
        List<Integer> candidates = byReference.getOrDefault(p.table(), List.of());
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        for (int i : candidates) {
            Provenance title = tables.get(i).source();
            if (title != null && title.line() == p.line() && Objects.equals(title.file(), p.file())) {
                return i;
            }
            for (TableRow row : tables.get(i).rows()) {
                if (row.source() != null && row.source().line() == p.line()
                        && Objects.equals(row.source().file(), p.file())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> ambiguousRoles(BudgetTable t) {
        Set<String> out = new LinkedHashSet<>();
        for (String role : IDENTITY_ROLES) {
            if (t.columns().stream().filter(role::equals).count() > 1) {
                out.add(role);
            }
        }
        return List.copyOf(out);
    }

    /** Printed headers of the amount columns holding a figure whose role is unknown ("第3列" when blank). */
    private static List<String> unknownColumns(BudgetTable t) {
        List<String> out = new ArrayList<>();
        for (int c : ColumnRoles.unknownColumns(t)) {
            if (t.rows().stream().anyMatch(r -> r.value(c) != null)) {
                String label = t.columnLabel(c).replaceAll("\\s+", "");
                out.add(label.isEmpty() ? "第" + (c + 1) + "列" : label);
            }
        }
        return out;
    }

    /** One verdict per table of the filing, in filing order. */
    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** The tables whose reading is not validated. */
    public List<Verdict> untrusted() {
        return verdicts.stream().filter(v -> !v.trusted()).toList();
    }

    /** The table (trusted or not) a cited place lies in, if any. */
    public Optional<Verdict> verdictAt(Provenance p) {
        return placeOf(p).map(Place::verdict);
    }

    /** The untrusted table a cited place lies in, if any. */
    public Optional<Verdict> untrustedAt(Provenance p) {
        return placeOf(p).map(Place::verdict).filter(v -> !v.trusted());
    }

    private Optional<Place> placeOf(Provenance p) {
        if (p == null || p.table() == null || places.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(places.get(key(p.file(), p.line(), p.table())));
    }

    /**
     * The checks with every check citing a cell of an untrusted table set aside: NOT_APPLICABLE, message key
     * {@link #MESSAGE_KEY}, the table, the reason and the former outcome in its args. So is a failing sum within one
     * table row (every figure it cites on that row) when the row also holds a figure in a column of unknown meaning:
     * that figure may be one of the parts. Checks already NOT_APPLICABLE are kept as they are.
     */
    public List<Check> gate(List<Check> checks) {
        if (places.isEmpty()) {
            return checks;
        }
        List<Check> out = new ArrayList<>(checks.size());
        for (Check c : checks) {
            out.add(c.outcome() == Outcome.NOT_APPLICABLE ? c : gateOne(c));
        }
        return List.copyOf(out);
    }

    private Check gateOne(Check c) {
        if (anyUntrusted) {
            Optional<Verdict> v = c.evidence().stream().map(this::untrustedAt).flatMap(Optional::stream).findFirst();
            if (v.isPresent()) {
                return setAside(c, v.get(), v.get().reason(), v.get().reasonChecked(), v.get().reasonFailed(),
                        String.join("、", v.get().ambiguousRoles()));
            }
        }
        if (c.outcome() != Outcome.FAIL && c.outcome() != Outcome.TRUNCATION || c.evidence().isEmpty()) {
            return c;
        }
        Optional<Place> numbering = c.evidence().stream().map(this::placeOf).flatMap(Optional::stream)
                .filter(p -> numberingRow(p.row())).findFirst();
        if (numbering.isPresent()) {
            return setAside(c, numbering.get().verdict(), Reason.NUMBERING_ROW, 0, 0, "");
        }
        Optional<Place> first = placeOf(c.evidence().getFirst());
        if (first.isEmpty() || first.get().verdict().unknownColumns().isEmpty()) {
            return c;
        }
        Place place = first.get();
        boolean withinRow = c.evidence().stream().allMatch(p -> placeOf(p).filter(o -> o.row() == place.row()).isPresent());
        List<String> unknown = unknownFiguresIn(place);
        if (!withinRow || unknown.isEmpty()) {
            return c;
        }
        return setAside(c, place.verdict(), Reason.UNKNOWN_PART, 0, 0, String.join("、", unknown));
    }

    /**
     * A row of column numbers (栏次) read as figures: at least three whole numbers printed without decimals, in column
     * order, each one more than the one before (1 2 3 …; a piece of a wide table may start later).
     */
    static boolean numberingRow(TableRow row) {
        List<Amount> values = row.values().stream().filter(Objects::nonNull).toList();
        if (values.size() < 3) {
            return false;
        }
        BigDecimal previous = null;
        for (Amount a : values) {
            if (a.decimals() != 0) {
                return false;
            }
            if (previous != null && a.value().compareTo(previous.add(BigDecimal.ONE)) != 0) {
                return false;
            }
            previous = a.value();
        }
        return true;
    }

    /** Headers of the unknown-role columns holding a figure in this row. */
    private static List<String> unknownFiguresIn(Place place) {
        BudgetTable t = place.verdict().table();
        List<String> out = new ArrayList<>();
        for (int c : ColumnRoles.unknownColumns(t)) {
            if (place.row().value(c) != null) {
                String label = t.columnLabel(c).replaceAll("\\s+", "");
                out.add(label.isEmpty() ? "第" + (c + 1) + "列" : label);
            }
        }
        return out;
    }

    private static Check setAside(Check c, Verdict v, Reason reason, int checked, int failed, String columns) {
        Map<String, Object> args = new LinkedHashMap<>(c.args());
        args.put(ARG_TABLE, v.table().reference());
        args.put(ARG_REASON, reason.name());
        args.put(ARG_OUTCOME, c.outcome().name());
        args.put(ARG_CHECKED, checked);
        args.put(ARG_FAILED, failed);
        args.put(ARG_COLUMNS, columns);
        return new Check(c.ruleId(), Outcome.NOT_APPLICABLE, c.subject(), c.stated(), c.computed(), c.difference(),
                c.unit(), MESSAGE_KEY, args, c.evidence());
    }

    private static String key(String file, int line, String reference) {
        return Objects.toString(file) + '\u0000' + line + '\u0000' + reference;
    }
}
