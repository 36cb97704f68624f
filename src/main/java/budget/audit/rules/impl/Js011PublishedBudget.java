package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.DocumentKind;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Measure;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.TableTrust;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.CrossFigures.Figure;
import budget.audit.rules.api.CrossFigures;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JS011: a 决算's 年初预算数 equal the department's published 部门预算 of the same year. Only figures whose meaning
 * is certain on both sides are compared: on the 决算 side a table column headed 年初预算数 (a plain "预算数" may be
 * the adjusted budget: listed, never compared) or a prose figure said to be the 年初预算 of 财政拨款支出 or of a
 * function item; on the budget side the 财政拨款收支总表's 本年支出, the 一般公共预算支出表's 合计 column by code, and
 * the “三公”经费表. Figures are compared as printed (unit and decimals: the rounding intervals of
 * {@link Consistency}). A filing on its own has no counterpart: the batch compares the pairs it finds.
 */
public final class Js011PublishedBudget implements FinalAccountsRule, CrossFilingRule {

    public static final String ID = "JS011";

    static final String FISCAL = FactKeys.FISCAL_EXPENDITURE;
    static final String GENERAL_TOTAL = FactKeys.GENERAL_EXPENDITURE;
    static final String FUNCTION = "function:";

    private static final List<String> SANGONG_KEYS = List.of(FactKeys.SANGONG_TOTAL, FactKeys.SANGONG_ABROAD,
            FactKeys.SANGONG_VEHICLE, FactKeys.SANGONG_VEHICLE_PURCHASE, FactKeys.SANGONG_VEHICLE_OPERATION,
            FactKeys.SANGONG_RECEPTION);

    private static final String N = FinalProse.NUMBER;
    private static final String UNIT = "(万元|元|亿元)";
    private static final String INITIAL = "年初预算(?:数|金额)?(?:为|是)" + N + UNIT;
    /** "（一般公共预算）财政拨款支出年初预算为A万元". */
    private static final Pattern FISCAL_PROSE = Pattern.compile(
            "(一般公共预算|政府性基金预算|国有资本经营预算)?财政拨款支出" + INITIAL);
    /** Funds other than the 一般公共预算: a paragraph naming one is not read as 一般公共预算 or all 财政拨款. */
    private static final Pattern OTHER_FUNDS = Pattern.compile("政府性基金|国有资本经营");
    /** "X（类）Y（款）Z（项）年初预算为A万元" (the sentence may put a 。 or ， between the names and the figure). */
    private static final Pattern ITEM_PROSE = Pattern.compile(
            "([^，。；：“”\"]{1,30})[（(]类[)）]([^，。；：“”\"]{1,30})[（(]款[)）]([^，。；：“”\"]{1,30})[（(]项[)）][。，,：:]?"
                    + INITIAL);
    /** A paragraph ending with the names of a function item, its figures in the next one. */
    private static final Pattern ITEM_NAMES_END = Pattern.compile("[（(]项[)）][。，,：:]?年?$");
    /**
     * Paragraphs continuing the one before (the scope of "财政拨款支出…其中：" carries on): 其中…, a list number, or
     * the figures of an item named just before.
     */
    private static final Pattern CONTINUES = Pattern.compile("其中|\\d+[.．、]|[（(]\\d+[)）]|年?初预算|决算数[大小]于");
    /** Rows of a budget's 财政拨款收支总表 holding the year's spending. */
    private static final Pattern YEAR_EXPENDITURE = Pattern.compile("^本年支出(合计|小计)?$");

    @Override
    public String id() {
        return ID;
    }

    /** A filing alone: the published budget is another file, compared by the batch (see the summary). */
    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        context.report(TableChecks.notApplicable(ID, "年初预算数与已公开的部门预算",
                "同一部门同一年度的部门预算（两者在同一次批量审核中时由 batch 核对，结果见汇总）"));
    }

    // ---------------------------------------------------------------- figures

    @Override
    public CrossFigures figures(BudgetFiling filing) {
        TableTrust trust = TableTrust.of(filing);
        List<Figure> out = new ArrayList<>();
        if (filing.documentKind() == DocumentKind.FINAL_ACCOUNTS) {
            finalTables(filing, out);
            finalProse(filing, out);
        } else if (filing.documentKind() == DocumentKind.BUDGET) {
            budgetTables(filing, out);
        }
        List<Figure> trusted = new ArrayList<>();
        for (Figure f : out) {
            boolean misread = f.source() != null && f.source().table() != null
                    && trust.untrustedAt(f.source()).isPresent();
            trusted.add(misread && f.certain() ? new Figure(f.key(), f.path(), f.name(), f.value(), f.measure(),
                    "所在表格疑似读错（表内核对多处不符），不作比较", f.source()) : f);
        }
        return new CrossFigures(filing.fileName(), filing.department(), filing.year(), filing.documentKind(), trusted);
    }

    private static void finalTables(BudgetFiling filing, List<Figure> out) {
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        for (BudgetTable t : filing.tables()) {
            if (!FinalAccountsLayout.isFinalTable(t) || t.empty()) {
                continue;
            }
            for (int c = 0; c < t.columns().size(); c++) {
                Measure m = layout.measureOf(t, c, filing.year());
                if (!m.budget()) {
                    continue;
                }
                String uncertain = m == Measure.BUDGET_INITIAL ? null : m == Measure.BUDGET
                        ? "决算表列为“预算数”，未写明是年初预算数还是调整后的全年预算数，不作比较"
                        : "决算表列为调整后的预算数，不是年初预算数，不作比较";
                String item = item(t.columnHeaders().get(c), layout);
                if (t.kind() == TableKind.SANGONG) {
                    String key = sangongKey(item);
                    TableRow row = t.rows().stream().filter(r -> !r.isBlank()).findFirst().orElse(null);
                    if (key != null && row != null && row.value(c) != null) {
                        out.add(cell(key, null, FactKeys.chineseName(key), t, row, c, m, uncertain));
                    }
                } else if (!item.equals("合计")) {
                    continue;
                } else if (t.kind() == TableKind.GENERAL_BUDGET_EXPENDITURE) {
                    for (TableRow row : t.rows()) {
                        if (row.value(c) == null) {
                            continue;
                        }
                        if (row.isTotal()) {
                            out.add(cell(GENERAL_TOTAL, null, "一般公共预算财政拨款支出合计", t, row, c, m, uncertain));
                        } else if (row.level() > 0) {
                            out.add(cell(FUNCTION + row.code(), null, row.key(), t, row, c, m, uncertain));
                        }
                    }
                } else if (t.kind() == TableKind.FISCAL_SUMMARY && t.part() != BudgetTable.Part.INCOME) {
                    for (TableRow row : t.rows()) {
                        if (row.value(c) != null && layout.roleOf(row.name())
                                .filter(r -> r == budget.audit.model.AccountRole.YEAR_EXPENDITURE).isPresent()) {
                            out.add(cell(FISCAL, null, "财政拨款本年支出合计", t, row, c, m, uncertain));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static void finalProse(BudgetFiling filing, List<Figure> out) {
        String lastScope = null;
        String pending = "";
        for (FinalProse.Text p : FinalProse.paragraphs(filing)) {
            String own = p.text();
            // names ending one paragraph ("1.…（项）。") and their figures opening the next ("年初预算为…")
            String text = pending + own;
            pending = ITEM_NAMES_END.matcher(own).find() ? own : "";
            Matcher m = FISCAL_PROSE.matcher(own);
            boolean general = false;
            boolean fiscal = false;
            if (!CONTINUES.matcher(own).lookingAt()) {
                lastScope = null;
            }
            while (m.find()) {
                if (m.group(1) != null && !m.group(1).startsWith("一般公共")) {
                    continue;
                }
                general |= m.group(1) != null;
                fiscal |= m.group(1) == null;
                String key = m.group(1) != null ? GENERAL_TOTAL : FISCAL;
                String name = m.group(1) != null ? "一般公共预算财政拨款支出" : "财政拨款支出";
                out.add(new Figure(key, null, name, FinalProse.money(m.group(2), m.group(3)),
                        Measure.BUDGET_INITIAL.label(), null, p.at(filing, m.start(2))));
            }
            Matcher item = ITEM_PROSE.matcher(text);
            int from = text.length() - own.length();
            while (item.find()) {
                if (item.start(4) < from) {
                    continue;
                }
                String path = className(item.group(1)) + "/" + plain(item.group(2)) + "/" + plain(item.group(3));
                // the paragraph's own scope; a paragraph opening with 其中 continues the one before it
                boolean others = OTHER_FUNDS.matcher(text).find();
                String scope = others ? null : general || text.contains("一般公共预算财政拨款") ? "general"
                        : fiscal || text.contains("财政拨款") ? "fiscal" : lastScope;
                String name = plain(item.group(1)) + "（类）" + plain(item.group(2)) + "（款）" + plain(item.group(3))
                        + "（项）";
                out.add(new Figure(scope == null ? "item" : scope + ".item", path, name,
                        FinalProse.money(item.group(4), item.group(5)), Measure.BUDGET_INITIAL.label(),
                        scope == null ? "说明文字未写明该科目属于一般公共预算财政拨款（或写明的是政府性基金、国有资本经营预算），不作比较" : null,
                        p.at(filing, item.start(4) - from)));
            }
            if (OTHER_FUNDS.matcher(text).find()) {
                lastScope = null;
            } else if (general || fiscal) {
                lastScope = general && !fiscal ? "general" : fiscal && !general ? "fiscal" : null;
            }
        }
    }

    private static void budgetTables(BudgetFiling filing, List<Figure> out) {
        for (String key : SANGONG_KEYS) {
            filing.facts(key, Fact.Origin.TABLE).stream().filter(f -> f.amount() != null).findFirst()
                    .ifPresent(f -> out.add(new Figure(key, null, FactKeys.chineseName(key), f.amount(),
                            Measure.BUDGET.label(), null, f.source())));
        }
        boolean fiscalIsGeneral = false;
        for (BudgetTable t : filing.tables(TableKind.FISCAL_SUMMARY)) {
            int total = t.totalColumn();
            if (FinalAccountsLayout.isFinalTable(t) || t.part() == BudgetTable.Part.INCOME || total < 0) {
                continue;
            }
            int general = -1;
            for (int c = 0; c < t.columns().size(); c++) {
                if (c != total && t.columnLabel(c).replaceAll("\\s+", "").startsWith("一般公共预算")) {
                    general = c;
                    break;
                }
            }
            for (TableRow row : t.rows()) {
                if (YEAR_EXPENDITURE.matcher(row.plainName().replaceAll("\\s+", "")).matches()
                        && row.value(total) != null) {
                    out.add(cell(FISCAL, null, "财政拨款本年支出合计", t, row, total, Measure.BUDGET, null));
                    Amount g = general < 0 ? null : row.value(general);
                    fiscalIsGeneral = g != null && Consistency.standard().equal(row.value(total), g).outcome()
                            == Outcome.PASS;
                    break;
                }
            }
        }
        for (BudgetTable t : filing.tables(TableKind.GENERAL_BUDGET_EXPENDITURE)) {
            int total = t.totalColumn();
            if (FinalAccountsLayout.isFinalTable(t) || t.empty() || total < 0) {
                continue;
            }
            String[] names = new String[3];
            for (TableRow row : t.rows()) {
                if (row.level() > 0) {
                    names[row.level() - 1] = row.level() == 1 ? className(row.plainName()) : plain(row.plainName());
                }
                if (row.value(total) == null) {
                    continue;
                }
                if (row.isTotal()) {
                    out.add(cell(GENERAL_TOTAL, null, "一般公共预算支出合计", t, row, total, Measure.BUDGET, null));
                } else if (row.level() > 0) {
                    String path = row.level() == 3 && names[0] != null && names[1] != null
                            && row.code().startsWith(codeOf(t, row, 1))
                            ? names[0] + "/" + names[1] + "/" + names[2] : null;
                    out.add(cell(FUNCTION + row.code(), path, row.key(), t, row, total, Measure.BUDGET, null));
                    if (path != null) {
                        out.add(cell("general.item", path, row.key(), t, row, total, Measure.BUDGET, null));
                        if (fiscalIsGeneral) {
                            out.add(cell("fiscal.item", path, row.key(), t, row, total, Measure.BUDGET, null));
                        }
                    }
                }
            }
            break;
        }
    }

    /** The code of the row's ancestor at {@code level} as the table's hierarchy gives it ("" when none). */
    private static String codeOf(BudgetTable t, TableRow row, int level) {
        TableRow r = row;
        while (r != null && r.level() > level) {
            r = t.parent(r).orElse(null);
        }
        return r == null ? "\u0000" : r.code();
    }

    private static Figure cell(String key, String path, String name, BudgetTable t, TableRow row, int c, Measure m,
                               String uncertain) {
        return new Figure(key, path, name, row.value(c), m.label(), uncertain, t.cellSource(row, c));
    }

    /** The item a column stands for: its header without the levels naming a measure, 小计 folded into its parent. */
    private static String item(String header, FinalAccountsLayout layout) {
        List<String> kept = new ArrayList<>();
        for (String level : header.replaceAll("\\s+", "").split("/")) {
            if (layout.measureOf(level, false) == Measure.UNKNOWN && !level.equals("小计") && !level.equals("合计")
                    && !level.equals("金额")) {
                kept.add(level);
            }
        }
        return kept.isEmpty() ? "合计" : kept.getLast();
    }

    private static String sangongKey(String item) {
        if (item.equals("合计") || item.contains("合计") || item.contains("三公")) {
            return FactKeys.SANGONG_TOTAL;
        }
        if (item.contains("因公出国")) {
            return FactKeys.SANGONG_ABROAD;
        }
        if (item.contains("公务接待")) {
            return FactKeys.SANGONG_RECEPTION;
        }
        if (item.contains("公务用车")) {
            if (item.contains("购置") && item.contains("运行")) {
                return FactKeys.SANGONG_VEHICLE;
            }
            return item.contains("购置") ? FactKeys.SANGONG_VEHICLE_PURCHASE
                    : item.contains("运行") ? FactKeys.SANGONG_VEHICLE_OPERATION : null;
        }
        return null;
    }

    /** A function 类 name as prose and tables both spell it: "一般公共服务（类）" and "一般公共服务支出" alike. */
    private static String className(String name) {
        return plain(name).replaceFirst("支出$", "");
    }

    private static String plain(String name) {
        return name.replaceAll("[\\s\\u3000“”\"]", "").replaceFirst("^其中[:：]", "")
                .replaceFirst("^(\\d+[.．、]|[（(]\\d+[)）]|[一二三四五六七八九十]+、)", "");
    }

    // ---------------------------------------------------------------- comparison

    @Override
    public List<Check> compare(CrossFigures budget, CrossFigures finalAccounts) {
        Consistency consistency = Consistency.standard();
        Map<String, Figure> byKey = unique(budget.figures(),
                "已公开的部门预算中该项出现多次且数字不同（如分单位列示），不作比较");
        Map<String, Figure> finals = unique(finalAccounts.figures(),
                "决算中该项出现多次且数字不同（如分单位列示），不作比较");
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Figure> e : finals.entrySet()) {
            Figure fin = e.getValue();
            Figure bud = byKey.get(e.getKey());
            Map<String, Object> args = new LinkedHashMap<>();
            args.put(ARG_ITEM, fin.name());
            args.put(ARG_MEASURE, fin.measure());
            args.put(ARG_FINAL_FILE, finalAccounts.file());
            args.put(ARG_BUDGET_FILE, budget.file());
            args.put(ARG_FINAL_AT, where(fin.source()));
            args.put(ARG_FINAL_VALUE, fin.value().printed() + fin.value().unit().symbol());
            String subject = fin.name() + " " + fin.measure();
            List<Provenance> evidence = new ArrayList<>();
            if (fin.source() != null) {
                evidence.add(fin.source());
            }
            if (bud != null) {
                args.put(ARG_BUDGET_AT, where(bud.source()));
                args.put(ARG_BUDGET_VALUE, bud.value().printed() + bud.value().unit().symbol());
                if (bud.source() != null) {
                    evidence.add(bud.source());
                }
            }
            if (!fin.certain() || bud == null || !bud.certain()) {
                String missing = !fin.certain() ? fin.uncertainty() : bud != null ? bud.uncertainty()
                        : fin.key().equals("fiscal.item") && byKey.containsKey("general.item@" + fin.path())
                        ? "预算中财政拨款不全是一般公共预算（含政府性基金、国有资本经营预算或上年结转），说明文字所列财政拨款科目"
                                + "不与一般公共预算支出表比较"
                        : "已公开的部门预算中未找到对应的数字";
                args.put(ARG_MISSING, missing);
                checks.add(new Check(ID, Outcome.NOT_APPLICABLE, subject, fin.value(), null, null, null, ID, args,
                        evidence));
                continue;
            }
            CompareResult r = consistency.equal(fin.value(), bud.value());
            Outcome outcome = r.outcome() == Outcome.TRUNCATION ? Outcome.ROUNDING : r.outcome();
            checks.add(new Check(ID, outcome, subject, fin.value(), r.other(), r.difference(), r.unit(), ID, args,
                    evidence));
        }
        return checks;
    }

    /**
     * The figures by key ("key@path"), the first of each; a key read more than once with figures that differ
     * beyond rounding (500.00万元 and 5,000,000元 are the same figure) is kept as uncertain.
     */
    private static Map<String, Figure> unique(List<Figure> figures, String ambiguous) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = f.path() == null ? f.key() : f.key() + "@" + f.path();
            Figure first = out.get(key);
            if (first == null) {
                out.put(key, f);
            } else if (first.certain()
                    && Consistency.standard().equal(f.value(), first.value()).outcome() == Outcome.FAIL) {
                out.put(key, new Figure(first.key(), first.path(), first.name(), first.value(), first.measure(),
                        ambiguous, first.source()));
            }
        }
        return out;
    }

    /** "第3页 表5 …支出决算表 201 一般公共服务支出 年初预算数" / "第12行" — where a figure was read. */
    static String where(Provenance p) {
        if (p == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(p.page() != null ? "第" + p.page() + "页" : "第" + p.line() + "行");
        if (p.table() != null) {
            sb.append(' ').append(p.table());
        }
        if (p.row() != null) {
            sb.append(' ').append(p.row());
        }
        if (p.cell() != null) {
            sb.append(' ').append(p.cell());
        }
        return sb.toString();
    }

    /** The figures' pair, for tests. */
    static Optional<Figure> find(CrossFigures f, String key) {
        return f.figures().stream().filter(x -> x.key().equals(key)).findFirst();
    }
}
