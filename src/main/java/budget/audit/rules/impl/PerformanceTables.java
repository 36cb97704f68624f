package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The projects a budget's 项目（支出）绩效目标表 list, read in the two shapes the tool recognises with certainty:
 * <ul>
 *   <li>one table per project, its first row with figures being the project's funds ("项目资金（万元）",
 *       "资金金额(万元)") — the 年度资金总额 comes first;</li>
 *   <li>one table listing the projects, one per row, in a column named 金额 / 项目金额 / 项目总额 / 预算数, with
 *       or without a 合计 row.</li>
 * </ul>
 * Fail closed: a non-empty project 绩效目标表 of any other shape (or a listing with an unnamed or numeric row name)
 * makes the whole reading unsure, and nothing is compared. 整体 / 总体 / 自评 tables are not project tables.
 */
final class PerformanceTables {

    private static final Pattern NOT_PROJECTS = Pattern.compile("整体|总体|自评|评价");
    private static final Pattern FUNDS_ROW = Pattern.compile(
            "^(年度)?(项目资金|资金金额|资金总额|项目总额|预算资金|项目预算)(总额)?([（(]万元[)）])?[：:]?$");
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("^(金额|项目金额|项目总额|预算数|预算金额|资金总额|项目资金)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NUMERIC = Pattern.compile("^[-\\d.,，\\s%]+$");

    /** A project and its funds as a table prints them. */
    record Project(String name, Amount amount, Provenance source) {
    }

    /** A listing table with a 合计 row: the total and its project rows. */
    record Listing(BudgetTable table, Amount total, Provenance totalSource, List<Project> projects) {
    }

    /**
     * What was read: {@code unsure} names the table that could not be read with certainty (then nothing is
     * compared), else the projects and the listings with a total.
     */
    record Reading(List<Project> projects, List<Listing> listings, String unsure) {

        boolean present() {
            return !projects.isEmpty() || unsure != null;
        }

        boolean sure() {
            return unsure == null && !projects.isEmpty();
        }
    }

    private PerformanceTables() {
    }

    static Reading read(BudgetFiling filing) {
        List<Project> projects = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        BudgetTable previousPerProject = null;
        for (BudgetTable t : filing.tables(TableKind.PERFORMANCE)) {
            if (t.empty() || NOT_PROJECTS.matcher(t.title()).find()) {
                continue;
            }
            Project single = perProject(t);
            if (single != null) {
                projects.add(single);
                previousPerProject = t;
                continue;
            }
            int c = amountColumn(t);
            if (c >= 0) {
                Listing listing = listing(t, c);
                if (listing == null) {
                    return new Reading(List.of(), List.of(), t.reference());
                }
                projects.addAll(listing.projects());
                if (listing.total() != null) {
                    listings.add(listing);
                }
                previousPerProject = null;
                continue;
            }
            // the rest of a per-project table continued on the next page: same title, no funds row of its own
            if (previousPerProject != null && previousPerProject.title().equals(t.title())
                    && t.rows().stream().noneMatch(r -> FUNDS_ROW.matcher(compact(r.name())).find())) {
                continue;
            }
            return new Reading(List.of(), List.of(), t.reference());
        }
        return new Reading(named(projects), listings, null);
    }

    /** Per-project tables printed under one title ("政策和项目预算绩效目标表") are told apart by their order. */
    private static List<Project> named(List<Project> projects) {
        Map<String, Integer> titles = new HashMap<>();
        projects.forEach(p -> titles.merge(p.name(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<Project> out = new ArrayList<>();
        for (Project p : projects) {
            if (titles.get(p.name()) > 1) {
                int k = seen.merge(p.name(), 1, Integer::sum);
                out.add(new Project(p.name() + "（第" + k + "张）", p.amount(), p.source()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A per-project table: its first row with a figure is the project's funds. A table with two funds rows holds
     * two projects read as one (same title on consecutive pages): not a per-project table.
     */
    private static Project perProject(BudgetTable t) {
        if (t.rows().stream().filter(r -> FUNDS_ROW.matcher(compact(r.name())).find()).count() > 1) {
            return null;
        }
        for (TableRow r : t.rows()) {
            if (r.isBlank()) {
                continue;
            }
            if (!FUNDS_ROW.matcher(compact(r.name())).find()) {
                return null;
            }
            for (int c = 0; c < r.values().size(); c++) {
                Amount a = r.value(c);
                if (a != null) {
                    Amount inUnit = compact(r.name()).contains("万元") ? new Amount(a.value(), Unit.WAN_YUAN) : a;
                    return new Project(t.title(), inUnit, t.cellSource(r, c));
                }
            }
            return null;
        }
        return null;
    }

    private static int amountColumn(BudgetTable t) {
        int found = -1;
        for (int c = 0; c < t.columns().size(); c++) {
            if (AMOUNT_COLUMN.matcher(compact(t.columns().get(c))).find()
                    || AMOUNT_COLUMN.matcher(compact(t.columnLabel(c))).find()) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    /** A listing: every row with a figure in the amount column names a project (or is the 合计); else null. */
    private static Listing listing(BudgetTable t, int c) {
        List<Project> projects = new ArrayList<>();
        Amount total = null;
        Provenance totalSource = null;
        for (TableRow r : t.rows()) {
            Amount a = r.value(c);
            if (a == null) {
                continue;
            }
            String name = compact(r.name());
            if (r.isTotal()) {
                if (total != null) {
                    return null;
                }
                total = a;
                totalSource = t.cellSource(r, c);
                continue;
            }
            if (name.isEmpty() || NUMERIC.matcher(name).find() || !HAN.matcher(name).find()) {
                return null;
            }
            projects.add(new Project(r.name().trim(), a, t.cellSource(r, c)));
        }
        return projects.isEmpty() ? null : new Listing(t, total, totalSource, projects);
    }

    /**
     * The check a rule reports when the reading gives it nothing to compare: NOT_APPLICABLE without project tables,
     * INSUFFICIENT_DATA when a table's shape is not recognised; null when the projects were read with certainty.
     */
    static Check unusable(String ruleId, String subject, Reading reading) {
        if (!reading.present()) {
            return Checks.notApplicable(ruleId, subject, "列有项目金额的项目绩效目标表", List.of());
        }
        if (!reading.sure()) {
            return new Check(ruleId, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null, ruleId,
                    Checks.args(Checks.ARG_REASON, "“" + reading.unsure() + "”的表式本工具未能确认识别，各项目金额未读取"),
                    List.of());
        }
        return null;
    }

    static List<Amount> amounts(List<Project> projects) {
        return projects.stream().map(Project::amount).toList();
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s", "");
    }
}
