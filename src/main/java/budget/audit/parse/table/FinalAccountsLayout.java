package budget.audit.parse.table;

import budget.audit.model.AccountRole;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What only a 决算 (final accounts) disclosure has, as data (profiles/final-accounts.yaml): its standard table
 * set, the measure of an amount column (预算数 / 决算数 / 上年数 / change) from its printed header, and the typed
 * roles of a 决算 balance (年初结转和结余, 本年收入, 本年支出, 年末结转和结余 …). Fail closed: a header naming no
 * measure outside a 决算 table is {@link Measure#UNKNOWN}; a label matching no role plays none.
 */
public final class FinalAccountsLayout {

    static final String RESOURCE = "/budget/audit/profiles/final-accounts.yaml";

    /** One table of the standard 决算 set: its name, the pattern of its title, words its title never holds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StandardTable(String name, String pattern, List<String> without, boolean required) {
        public StandardTable {
            without = without == null ? List.of() : List.copyOf(without);
        }

        /** Where in {@code text} (spaces removed) a title of this table starts, or -1. */
        public int find(String text) {
            String t = compact(text);
            java.util.regex.Matcher m = Pattern.compile(pattern).matcher(t);
            while (m.find()) {
                // the name as written: from the last list mark before it (、，。；：) to its end
                int from = m.start();
                while (from > 0 && "、，。；：,;:（(".indexOf(t.charAt(from - 1)) < 0) {
                    from--;
                }
                String name = t.substring(from, m.end());
                if (without.stream().noneMatch(name::contains)) {
                    return m.start();
                }
            }
            return -1;
        }

        /** True when a table with this title (spaces removed inside) is this one. */
        public boolean matches(String title) {
            return find(title) >= 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasureRule(String pattern, Measure measure) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleRule(String pattern, AccountRole role) {
    }

    /**
     * In each row of the named standard table, the total column = Σ the part columns ({@code parts} [others]:
     * every other amount column).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowIdentity(String table, String total, List<String> parts) {
        public RowIdentity {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        /** True when the parts are every other amount column. */
        public boolean others() {
            return parts.equals(List.of("others"));
        }

        public boolean isTotal(String columnName) {
            return columnName != null && Pattern.compile(total).matcher(compact(columnName)).find();
        }
    }

    /** The total rows of the two halves of the 基本支出决算表 (人员经费合计, 公用经费合计). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BasicHalves(String personnel, String public_) {
        @com.fasterxml.jackson.annotation.JsonCreator
        public BasicHalves(@com.fasterxml.jackson.annotation.JsonProperty("personnel") String personnel,
                           @com.fasterxml.jackson.annotation.JsonProperty("public") String public_) {
            this.personnel = personnel;
            this.public_ = public_;
        }

        public boolean isPersonnelTotal(String rowName) {
            return personnel != null && Pattern.compile(personnel).matcher(compact(rowName)).find();
        }

        public boolean isPublicTotal(String rowName) {
            return public_ != null && Pattern.compile(public_).matcher(compact(rowName)).find();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String family, List<StandardTable> tables, List<MeasureRule> measures, List<RoleRule> roles,
                   List<RowIdentity> rowIdentities, List<MeasureRule> proseMeasures, String proseFundNames,
                   BasicHalves basicHalves) {
    }

    private record Compiled<T>(Pattern pattern, T value) {
    }

    private static final FinalAccountsLayout INSTANCE = load();

    private final List<StandardTable> tables;
    private final List<Compiled<Measure>> measures;
    private final List<Compiled<AccountRole>> roles;
    private final List<RowIdentity> rowIdentities;
    /** The year of the filing read (null: unknown): a column of an earlier year is 上年数. */
    private final Integer year;
    private final List<Compiled<Measure>> proseMeasures;
    private final Pattern proseFundNames;
    private final BasicHalves basicHalves;

    private FinalAccountsLayout(List<StandardTable> tables, List<Compiled<Measure>> measures,
                                List<Compiled<AccountRole>> roles, List<RowIdentity> rowIdentities, Integer year,
                                List<Compiled<Measure>> proseMeasures, Pattern proseFundNames,
                                BasicHalves basicHalves) {
        this.tables = List.copyOf(tables);
        this.measures = List.copyOf(measures);
        this.roles = List.copyOf(roles);
        this.rowIdentities = rowIdentities == null ? List.of() : List.copyOf(rowIdentities);
        this.year = year;
        this.proseMeasures = List.copyOf(proseMeasures);
        this.proseFundNames = proseFundNames;
        this.basicHalves = basicHalves == null ? new BasicHalves(null, null) : basicHalves;
    }

    /** The total rows of the two halves of the 基本支出决算表. */
    public BasicHalves basicHalves() {
        return basicHalves;
    }

    /**
     * The measure of a figure in prose, from the clause before it ("支出决算为" → 决算数, "年初预算为" → 年初预算数,
     * "比上年增加" → 增减数); none named: empty (not guessed).
     */
    public Optional<Measure> proseMeasure(String clause) {
        if (clause == null) {
            return Optional.empty();
        }
        String c = compact(clause);
        if (proseFundNames != null) {
            c = proseFundNames.matcher(c).replaceAll("");
        }
        for (Compiled<Measure> m : proseMeasures) {
            if (m.pattern().matcher(c).find()) {
                return Optional.of(m.value());
            }
        }
        return Optional.empty();
    }

    /** This layout reading the tables of a filing of {@code year} (a header of an earlier year is 上年数). */
    public FinalAccountsLayout forYear(Integer year) {
        return new FinalAccountsLayout(tables, measures, roles, rowIdentities, year, proseMeasures, proseFundNames,
                basicHalves);
    }

    /** The row identities of the 决算 tables. */
    public List<RowIdentity> rowIdentities() {
        return rowIdentities;
    }

    /** The standard table named {@code name}, if any. */
    public Optional<StandardTable> standardTable(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static FinalAccountsLayout get() {
        return INSTANCE;
    }

    /** The layout reading the tables of {@code filing} (its year decides which headers are 上年数). */
    public static FinalAccountsLayout of(BudgetFiling filing) {
        return INSTANCE.forYear(filing.year());
    }

    /** The standard 决算 table set, in publication order. */
    public List<StandardTable> standardTables() {
        return tables;
    }

    /**
     * The measure of a printed header ("预算数/公务接待费", "本年支出/小计"): the innermost header row naming a
     * measure decides; none naming one: a 决算 table's own measure when {@code finalTable}, else UNKNOWN.
     */
    public Measure measureOf(String header, boolean finalTable) {
        if (header != null) {
            String[] levels = compact(header).split("/");
            for (int i = levels.length - 1; i >= 0; i--) {
                for (Compiled<Measure> m : measures) {
                    if (m.pattern().matcher(levels[i]).find()) {
                        return m.value();
                    }
                }
            }
        }
        return finalTable ? Measure.FINAL : Measure.UNKNOWN;
    }

    /** The measure of a table's amount column (in a filing of this layout's year, when given). */
    public Measure measureOf(BudgetTable table, int column) {
        return measureOf(table, column, year);
    }

    /**
     * The measure of a table's amount column in a filing of {@code year}: a header naming an earlier year
     * ("2022年决算数" in a 2023 决算) is 上年数.
     */
    public Measure measureOf(BudgetTable table, int column, Integer year) {
        String header = column < table.columnHeaders().size() ? table.columnHeaders().get(column) : null;
        return measureOf(header, isFinalTable(table), year);
    }

    /** {@link #measureOf(String, boolean)} knowing the filing's year (null: unknown). */
    public Measure measureOf(String header, boolean finalTable, Integer year) {
        if (year != null && header != null) {
            java.util.regex.Matcher m = YEAR.matcher(compact(header));
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) < year) {
                    return Measure.PRIOR_YEAR;
                }
            }
        }
        return measureOf(header, finalTable);
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    /** True for a table titled as a 决算 table. */
    public static boolean isFinalTable(BudgetTable table) {
        return compact(table.title()).contains("决算");
    }

    /** The role a printed row name or column header plays in a 决算 balance, if any. */
    public Optional<AccountRole> roleOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = compact(label).replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("^\\d+[.、．]", "");
        for (Compiled<AccountRole> r : roles) {
            if (r.pattern().matcher(l).find()) {
                return Optional.of(r.value());
            }
        }
        return Optional.empty();
    }

    static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    private static FinalAccountsLayout load() {
        try (InputStream in = FinalAccountsLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Profile p = new ObjectMapper(new YAMLFactory()).readValue(in, Profile.class);
            List<Compiled<Measure>> measures = new ArrayList<>();
            for (MeasureRule m : p.measures()) {
                measures.add(new Compiled<>(Pattern.compile(m.pattern()), m.measure()));
            }
            List<Compiled<AccountRole>> roles = new ArrayList<>();
            for (RoleRule r : p.roles()) {
                roles.add(new Compiled<>(Pattern.compile(r.pattern()), r.role()));
            }
            List<Compiled<Measure>> prose = new ArrayList<>();
            for (MeasureRule m : p.proseMeasures() == null ? List.<MeasureRule>of() : p.proseMeasures()) {
                prose.add(new Compiled<>(Pattern.compile(m.pattern()), m.measure()));
            }
            Pattern funds = p.proseFundNames() == null ? null : Pattern.compile(p.proseFundNames());
            return new FinalAccountsLayout(p.tables(), measures, roles, p.rowIdentities(), null, prose, funds,
                    p.basicHalves());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
