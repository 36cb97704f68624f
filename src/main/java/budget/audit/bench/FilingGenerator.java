package budget.audit.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes synthetic but realistic budget filings: three prose phrasings (as in real disclosures), 万元 or 元 prose,
 * with or without TAB tables in 元, varying sizes, some GB18030. Each filing is consistent except for the defects
 * it was given, which are recorded as ground truth; some filings carry an injected 尾差 (rounding residue) that
 * must not be flagged. Deterministic for a seed.
 */
public final class FilingGenerator {

    static final String[] CITIES = {"滨河市", "江岭市", "云川市", "东湖市", "青州市", "南屏市"};
    static final String[] DISTRICTS = {"滨江区", "青石区", "北塘区", "西湖区", "龙泉区", "长安区", "东城区", "临江县",
            "高新区", "南湖区", "石门县", "白沙区"};
    static final String[][] DEPARTMENTS = {
            {"文化和旅游局", "文化旅游体育与传媒支出", "207"},
            {"农业农村委员会", "农林水支出", "213"},
            {"教育局", "教育支出", "205"},
            {"卫生健康委员会", "卫生健康支出", "210"},
            {"政务服务管理办公室", "一般公共服务支出", "201"},
            {"统计局", "一般公共服务支出", "201"},
            {"民政局", "社会保障和就业支出", "208"},
            {"交通运输局", "交通运输支出", "214"},
            {"生态环境局", "节能环保支出", "211"},
            {"司法局", "公共安全支出", "204"},
            {"科学技术局", "科学技术支出", "206"},
            {"住房和城乡建设委员会", "城乡社区支出", "212"},
    };
    static final String[] UNITS = {"社区服务中心", "文化馆", "图书馆", "农业技术推广中心", "疾病预防控制中心", "档案馆",
            "行政服务中心", "公共资源交易中心"};
    static final String[][] SIDE_CLASSES = {
            {"社会保障和就业支出", "208"}, {"卫生健康支出", "210"}, {"住房保障支出", "221"}};
    static final String[] JY_ITEMS = {"办公费", "印刷费", "水费", "电费", "邮电费", "物业管理费", "差旅费", "维修（护）费",
            "会议费", "培训费", "公务接待费", "劳务费", "委托业务费", "工会经费", "福利费", "公务用车运行维护费", "其他交通费用",
            "其他商品和服务支出"};
    static final String[] PERSONNEL_ITEMS = {"住房公积金", "基本工资", "绩效工资"};

    private final long seed;

    public FilingGenerator(long seed) {
        this.seed = seed;
    }

    /** The {@code index}-th filing of this seed (independent of the others, so any subset can be regenerated). */
    public GeneratedFiling generate(int index) {
        Random rnd = new Random(seed * 1_000_003L + index);
        Figures f = consistentFigures(rnd);
        FilingStyle style = FilingStyle.values()[rnd.nextInt(FilingStyle.values().length)];
        boolean tables = style != FilingStyle.UNIT && rnd.nextInt(100) < 45;
        boolean prose元 = style == FilingStyle.DEPARTMENT && !tables && rnd.nextInt(100) < 15;
        boolean gb18030 = rnd.nextInt(100) < 15;

        Set<Defect> defects = chooseDefects(rnd, style, tables);
        Set<String> roundings = new TreeSet<>();
        if (defects.isEmpty() || rnd.nextBoolean()) {
            if (rnd.nextInt(100) < 35) {
                roundings.add(injectRounding(rnd, f, defects));
            }
        }
        for (Defect d : defects) {
            inject(d, f, rnd);
        }
        int filler = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 40 : 12);
        String text = new FilingText(f, style, tables, prose元, gb18030, filler, rnd).render();
        Charset charset = gb18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        String kind = f.unitBudget ? "单位预算" : "部门预算";
        String name = String.format("%05d-%s-%d年%s%s.txt", index, f.shortName, f.year, kind,
                gb18030 ? "-GB18030" : "");
        String path = f.district + "/" + name;
        Set<String> expected = new TreeSet<>();
        defects.forEach(d -> expected.add(d.ruleId()));
        return new GeneratedFiling(path, text.getBytes(charset), List.copyOf(expected), List.copyOf(roundings),
                style.name(), tables, prose元 ? "元" : "万元", gb18030 ? "GB18030" : "UTF-8");
    }

    // ---- consistent figures --------------------------------------------------------------------------------

    private static Figures consistentFigures(Random rnd) {
        Figures f = new Figures();
        f.year = 2020 + rnd.nextInt(6);
        f.district = DISTRICTS[rnd.nextInt(DISTRICTS.length)];
        String city = CITIES[rnd.nextInt(CITIES.length)];
        String[] dept = DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)];
        f.unitBudget = rnd.nextInt(100) < 30;
        String own = f.unitBudget ? UNITS[rnd.nextInt(UNITS.length)] : dept[0];
        f.shortName = f.district + own;
        f.department = city + f.district + own;

        boolean roundFigures = rnd.nextInt(100) < 60;
        long total = money(rnd, 2_000_000, 400_000_000, roundFigures);
        f.expenditureTotal = total;
        f.basic = portion(total, 40 + rnd.nextInt(50), roundFigures);
        f.project = total - f.basic;
        f.personnel = portion(f.basic, 60 + rnd.nextInt(30), roundFigures);
        f.publicExpenses = f.basic - f.personnel;

        // 功能分类: side classes are basic-only (pensions, health insurance, housing fund) and small.
        long side = 0;
        Map<String, Long> sides = new LinkedHashMap<>();
        int sideCount = rnd.nextInt(4);
        for (int i = 0; i < sideCount; i++) {
            if (SIDE_CLASSES[i][0].equals(dept[1])) {
                continue;
            }
            long v = portion(f.basic, 3 + rnd.nextInt(8), roundFigures);
            sides.put(SIDE_CLASSES[i][0], v);
            f.functionCodes.put(SIDE_CLASSES[i][0], SIDE_CLASSES[i][1]);
            side += v;
        }
        f.functionClasses.put(dept[1], total - side);
        f.functionCodes.put(dept[1], dept[2]);
        f.functionClasses.putAll(sides);

        // 收入: income equals expenditure (收支平衡).
        long general = portion(total, 70 + rnd.nextInt(30), roundFigures);
        long rest = total - general;
        f.incomeSources.put("一般公共预算拨款收入", general);
        if (rest > 0) {
            String[] others = {"事业收入", "其他收入", "上年结转结余"};
            long remaining = rest;
            for (int i = 0; i < others.length; i++) {
                long v = i == others.length - 1 ? remaining : Math.min(remaining, portion(rest, 20 + rnd.nextInt(40), true));
                if (v > 0 || i == 0) {
                    f.incomeSources.put(others[i], v);
                }
                remaining -= v;
            }
        }
        f.incomeTotal = total;
        f.incomeChange = (rnd.nextInt(40) - 15) * 10_000L;

        // “三公”经费, in 万元 with two decimals (multiples of 100 元).
        f.sgAbroad = rnd.nextInt(4) == 0 ? hundreds(rnd, 10_000, 120_000) : 0;
        f.sgPurchase = rnd.nextInt(5) == 0 ? hundreds(rnd, 100_000, 300_000) : 0;
        f.sgOperation = hundreds(rnd, 10_000, 300_000);
        f.sgVehicle = f.sgPurchase + f.sgOperation;
        f.sgReception = hundreds(rnd, 2_000, 80_000);
        f.sgTotal = f.sgAbroad + f.sgVehicle + f.sgReception;

        // 机关运行经费 ≤ 公用经费, split into items.
        long jy = Math.max(20_000, (f.publicExpenses * (55 + rnd.nextInt(40)) / 100) / 100 * 100);
        if (jy > f.publicExpenses) {
            jy = f.publicExpenses / 100 * 100;
        }
        int items = 4 + rnd.nextInt(12);
        List<String> names = pick(rnd, JY_ITEMS, items);
        splitInto(rnd, jy, names, f.jyItems);
        f.jyTotal = jy;

        // 政府采购.
        f.cgWorks = rnd.nextInt(3) == 0 ? hundreds(rnd, 100_000, 3_000_000) : 0;
        f.cgGoods = hundreds(rnd, 0, 2_000_000);
        f.cgServices = hundreds(rnd, 50_000, 5_000_000);
        f.cgTotal = f.cgGoods + f.cgWorks + f.cgServices;

        // a department that budgets for running or buying cars has cars (CL001 would rightly flag it otherwise)
        boolean carCosts = f.sgOperation > 0 || f.sgPurchase > 0
                || f.jyItems.keySet().stream().anyMatch(n -> n.contains("公务用车"));
        f.vehicles = carCosts ? 1 + rnd.nextInt(5) : rnd.nextInt(6);
        f.performanceProjects = 1 + rnd.nextInt(30);
        return f;
    }

    private static Set<Defect> chooseDefects(Random rnd, FilingStyle style, boolean tables) {
        Set<Defect> chosen = EnumSet.noneOf(Defect.class);
        if (rnd.nextInt(100) >= 40) {
            return chosen;
        }
        int count = rnd.nextInt(100) < 75 ? 1 : 2;
        List<Defect> allowed = new ArrayList<>();
        for (Defect d : Defect.values()) {
            if (tables && !d.tableSafe()) {
                continue;
            }
            if (d == Defect.SG002 && style == FilingStyle.OUTLINE) {
                continue; // that phrasing states no 公务用车购置及运行费 subtotal
            }
            allowed.add(d);
        }
        while (chosen.size() < count) {
            Defect d = allowed.get(rnd.nextInt(allowed.size()));
            boolean clash = (d == Defect.JY004 && (chosen.contains(Defect.JY001) || chosen.contains(Defect.JY003)
                    || chosen.contains(Defect.JY002)))
                    || ((d == Defect.JY001 || d == Defect.JY002 || d == Defect.JY003) && chosen.contains(Defect.JY004))
                    || (d == Defect.SR001 && chosen.contains(Defect.SR002))
                    || (d == Defect.SR002 && chosen.contains(Defect.SR001))
                    || (d == Defect.JY002 && chosen.contains(Defect.ZC002))
                    || (d == Defect.ZC002 && chosen.contains(Defect.JY002));
            if (!clash) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    /** Changes one stated figure so that exactly {@code d}'s identity breaks. */
    private static void inject(Defect d, Figures f, Random rnd) {
        switch (d) {
            case SG001 -> f.sgTotal += delta(rnd, f.sgTotal, 10_000);
            case SG002 -> f.sgOperation += delta(rnd, f.sgOperation, 10_000);
            case ZC001 -> f.project += delta(rnd, f.project, 100_000);
            case ZC002 -> f.personnel += delta(rnd, f.personnel, 100_000);
            case ZC003 -> {
                String first = f.functionClasses.keySet().iterator().next();
                f.functionClasses.merge(first, delta(rnd, f.functionClasses.get(first), 100_000), Long::sum);
            }
            case SR001 -> {
                String first = f.incomeSources.keySet().iterator().next();
                f.incomeSources.merge(first, -delta(rnd, f.incomeSources.get(first) / 4, 100_000), Long::sum);
            }
            case SR002 -> {
                long extra = delta(rnd, f.incomeTotal, 100_000);
                f.incomeSources.merge("上年结转结余", extra, Long::sum);
                f.incomeTotal += extra;
            }
            case JY001 -> {
                String first = f.jyItems.keySet().iterator().next();
                f.jyItems.merge(first, delta(rnd, f.jyTotal, 10_000), Long::sum);
            }
            case JY002 -> {
                long over = delta(rnd, f.publicExpenses, 100_000);
                String last = lastKey(f.jyItems);
                f.jyItems.merge(last, f.publicExpenses / 100 * 100 + over - f.jyTotal, Long::sum);
                f.jyTotal = f.publicExpenses / 100 * 100 + over;
            }
            case JY003 -> {
                String item = PERSONNEL_ITEMS[rnd.nextInt(PERSONNEL_ITEMS.length)];
                String first = f.jyItems.keySet().iterator().next();
                long moved = f.jyItems.get(first) / 2 / 100 * 100;
                f.jyItems.merge(first, -moved, Long::sum);
                f.jyItems.put(item, moved);
            }
            case JY004 -> f.jyItemized = false;
            case CG001 -> f.cgGoods += delta(rnd, f.cgTotal, 10_000);
        }
    }

    /**
     * Makes a “三公” or procurement sum consistent only within rounding: parts at x.xx5 万元 print rounded up, so
     * their printed sum exceeds the printed total by 0.01 万元 (a 尾差, never an error). Returns the rule id.
     */
    private static String injectRounding(Random rnd, Figures f, Set<Defect> defects) {
        if (!defects.contains(Defect.CG001) && (defects.contains(Defect.SG001) || defects.contains(Defect.SG002)
                || rnd.nextBoolean())) {
            f.cgGoods += 50;
            f.cgServices += 50;
            f.cgTotal = f.cgGoods + f.cgWorks + f.cgServices;
            return "CG001";
        }
        f.sgOperation += 50;
        f.sgVehicle = f.sgPurchase + f.sgOperation;
        f.sgReception += 50;
        f.sgTotal = f.sgAbroad + f.sgVehicle + f.sgReception;
        return "SG001";
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static long delta(Random rnd, long base, long minimum) {
        long d = Math.max(minimum, Math.abs(base) * (3 + rnd.nextInt(8)) / 100);
        return d / 100 * 100;
    }

    private static long money(Random rnd, long min, long max, boolean round) {
        long v = min + (long) (rnd.nextDouble() * (max - min));
        return round ? v / 100 * 100 : v;
    }

    private static long portion(long whole, int percent, boolean round) {
        long v = whole * percent / 100;
        return round ? v / 100 * 100 : v;
    }

    private static long hundreds(Random rnd, long min, long max) {
        return (min + (long) (rnd.nextDouble() * (max - min))) / 100 * 100;
    }

    private static List<String> pick(Random rnd, String[] pool, int n) {
        List<String> all = new ArrayList<>(List.of(pool));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && !all.isEmpty(); i++) {
            out.add(all.remove(rnd.nextInt(all.size())));
        }
        return out;
    }

    /** Splits {@code total} (a multiple of 100) into positive multiples of 100, one per name. */
    private static void splitInto(Random rnd, long total, List<String> names, Map<String, Long> out) {
        long units = total / 100;
        long remaining = units;
        for (int i = 0; i < names.size(); i++) {
            long v;
            if (i == names.size() - 1) {
                v = remaining;
            } else {
                long share = Math.max(1, remaining / (names.size() - i));
                v = Math.max(1, Math.min(remaining - (names.size() - i - 1), share / 2 + (long) (rnd.nextDouble() * share)));
            }
            out.put(names.get(i), v * 100);
            remaining -= v;
        }
    }

    private static String lastKey(Map<String, Long> map) {
        String last = null;
        for (String k : map.keySet()) {
            last = k;
        }
        return last;
    }
}
