package budget.audit.batch;

import budget.audit.engine.OutputNames;
import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.DocumentKind;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FilingContent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs the two files of a filing published apart — a 情况说明 (narrative only) and its 报表 (tables only) — in
 * one folder, so the batch audits them as one filing. Two halves are paired when they are of the same kind of
 * document, do not contradict each other (department and year, when both files state them) and something ties
 * them: the same department, the same total (收入/支出合计 stated in the narrative and in the tables), or, when the
 * files themselves say nothing (a 报表 file without a department or year), file names sharing a long part. Each
 * half must be the other's only best match; anything ambiguous stays apart.
 */
public final class FilingPairer {

    /** What pairing needs to know of one file (read by a full parse). */
    public record Probe(DocumentKind kind, FilingContent content, String department, Integer year,
                        List<Amount> narrativeTotals, List<Amount> tableTotals) {

        public static Probe of(BudgetFiling f) {
            return new Probe(f.documentKind(), f.content(), f.department(), f.year(),
                    totals(f, Fact.Origin.PROSE), totals(f, Fact.Origin.TABLE));
        }

        private static List<Amount> totals(BudgetFiling f, Fact.Origin origin) {
            List<Amount> out = new ArrayList<>();
            for (String key : List.of(FactKeys.INCOME_TOTAL, FactKeys.EXPENDITURE_TOTAL)) {
                for (Fact fact : f.facts(key, origin)) {
                    if (fact.readable() && fact.amount() != null && fact.amount().unit().isMoney()) {
                        out.add(fact.amount());
                    }
                }
            }
            return out;
        }
    }

    static final int MIN_NAME_OVERLAP = 8;

    private FilingPairer() {
    }

    /**
     * The files grouped into filings as {@code batch} groups them: each entry is one filing's files, the narrative
     * first; an unpaired file is a filing of its own. {@code probe} reads a file (empty when it cannot be read).
     */
    public static List<List<Path>> filings(List<Path> files, Function<Path, Optional<Probe>> probe) {
        List<BatchJob> jobs = new ArrayList<>();
        for (Path f : files) {
            jobs.add(new BatchJob(f, f.toString(), Path.of("."), f.getFileName().toString()));
        }
        return pair(jobs, probe).stream().map(BatchJob::inputs).toList();
    }

    /**
     * Pairs the jobs of each folder: a paired narrative job absorbs its tables job (one job, two inputs, the
     * narrative first); other jobs are kept as they are, in order. {@code probe} reads a file (empty when it
     * cannot be read: such a file is never paired).
     */
    public static List<BatchJob> pair(List<BatchJob> jobs, Function<Path, Optional<Probe>> probe) {
        Map<Path, List<BatchJob>> byFolder = new LinkedHashMap<>();
        for (BatchJob j : jobs) {
            Path folder = j.input().toAbsolutePath().normalize().getParent();
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(j);
        }
        Map<BatchJob, BatchJob> partnerOf = new LinkedHashMap<>();
        for (List<BatchJob> folder : byFolder.values()) {
            if (folder.size() >= 2) {
                partnerOf.putAll(pairFolder(folder, probe));
            }
        }
        List<BatchJob> out = new ArrayList<>();
        for (BatchJob j : jobs) {
            BatchJob partner = partnerOf.get(j);
            if (partner == null) {
                out.add(j);
            } else if (partner != j) {
                out.add(merged(j, partner));
            }
        }
        return out;
    }

    /** narrative → tables, and tables → itself (absorbed). */
    private static Map<BatchJob, BatchJob> pairFolder(List<BatchJob> folder, Function<Path, Optional<Probe>> probe) {
        Map<BatchJob, Probe> narratives = new LinkedHashMap<>();
        Map<BatchJob, Probe> tables = new LinkedHashMap<>();
        for (BatchJob j : folder) {
            Optional<Probe> p = probe.apply(j.input());
            if (p.isEmpty() || p.get().kind() != DocumentKind.BUDGET) {
                continue;
            }
            if (p.get().content() == FilingContent.NARRATIVE_ONLY) {
                narratives.put(j, p.get());
            } else if (p.get().content() == FilingContent.TABLES_ONLY) {
                tables.put(j, p.get());
            }
        }
        Map<BatchJob, BatchJob> out = new LinkedHashMap<>();
        for (var n : narratives.entrySet()) {
            BatchJob best = best(n.getKey(), n.getValue(), tables);
            if (best == null) {
                continue;
            }
            BatchJob back = best(best, tables.get(best), narratives);
            if (back == n.getKey()) {
                out.put(n.getKey(), best);
                out.put(best, best);
            }
        }
        return out;
    }

    /** The one candidate with the highest score above zero; null when none or when two tie. */
    private static BatchJob best(BatchJob self, Probe p, Map<BatchJob, Probe> candidates) {
        BatchJob best = null;
        int bestScore = 0;
        boolean tie = false;
        for (var c : candidates.entrySet()) {
            int s = score(self, p, c.getKey(), c.getValue());
            if (s > bestScore) {
                best = c.getKey();
                bestScore = s;
                tie = false;
            } else if (s == bestScore && s > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** 0 when the two cannot be one filing; higher the more ties them. Symmetric. */
    static int score(BatchJob a, Probe pa, BatchJob b, Probe pb) {
        if (pa.year() != null && pb.year() != null && !pa.year().equals(pb.year())) {
            return 0;
        }
        boolean deptKnown = pa.department() != null && pb.department() != null;
        if (deptKnown && !sameDepartment(pa.department(), pb.department())) {
            return 0;
        }
        int ties = 0;
        if (deptKnown) {
            ties += 4;
        }
        if (totalsAgree(pa, pb) || totalsAgree(pb, pa)) {
            ties += 4;
        }
        int overlap = nameOverlap(name(a), name(b));
        boolean names = overlap >= MIN_NAME_OVERLAP
                && overlap * 2 >= Math.min(name(a).length(), name(b).length());
        if (ties == 0 && !names) {
            return 0;
        }
        if (pa.year() != null && pb.year() != null) {
            ties += 2;
        }
        return ties * 1000 + overlap;
    }

    static boolean sameDepartment(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.length() < 2 || y.length() < 2) {
            return false;
        }
        return x.equals(y) || x.length() >= 4 && y.contains(x) || y.length() >= 4 && x.contains(y);
    }

    private static String plain(String s) {
        return s.replaceAll("[\\s（）()]|本级|汇总", "");
    }

    /** A total stated in a's narrative equals a total of b's tables (at the narrative's printed decimals). */
    private static boolean totalsAgree(Probe a, Probe b) {
        for (Amount n : a.narrativeTotals()) {
            for (Amount t : b.tableTotals()) {
                BigDecimal inN = t.toYuan().divide(n.unit().toYuanFactor(), 12, RoundingMode.HALF_UP)
                        .setScale(Math.max(0, n.decimals()), RoundingMode.HALF_UP);
                if (n.value().signum() != 0 && inN.compareTo(n.value()) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(BatchJob j) {
        return OutputNames.baseName(j.input());
    }

    /** Length of the longest common substring of two names. */
    static int nameOverlap(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private static BatchJob merged(BatchJob narrative, BatchJob tables) {
        String name = OutputNames.sanitize(narrative.baseName() + "+" + tables.baseName());
        String tablesName = tables.relative().substring(tables.relative().lastIndexOf('/') + 1);
        return new BatchJob(narrative.input(), narrative.relative() + " + " + tablesName, narrative.outputDir(),
                name, List.of(narrative.input(), tables.input()));
    }
}
