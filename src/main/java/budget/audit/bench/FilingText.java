package budget.audit.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Renders {@link Figures} as the text of a disclosure in one {@link FilingStyle}. */
final class FilingText {

    private static final String[] DUTIES = {
            "贯彻执行国家和本市有关方针政策和法律、法规、规章，拟订本区相关发展规划和政策措施并组织实施。",
            "负责统筹推进本系统公共服务体系建设，组织实施重点项目，监督检查政策落实情况。",
            "负责本领域行政审批和监督管理工作，推进“放管服”改革，优化营商环境。",
            "组织开展本领域标准化、信息化建设，推动数据共享和业务协同。",
            "负责本系统安全生产、应急管理和信访维稳工作，防范化解重大风险。",
            "指导所属事业单位开展业务工作，加强行业人才队伍建设。",
            "负责本领域统计、调查和信息发布工作，开展相关政策研究。",
            "承担本领域资金和资产的监督管理，组织实施预算绩效管理。",
            "组织开展本领域宣传教育和对外交流合作。",
            "完成区委、区政府交办的其他任务。",
    };

    private final Figures f;
    private final FilingStyle style;
    private final boolean tables;
    private final boolean proseYuan;
    private final boolean fullWidth;
    private final int filler;
    private final Random rnd;
    private final StringBuilder sb = new StringBuilder(16 * 1024);

    FilingText(Figures f, FilingStyle style, boolean tables, boolean proseYuan, boolean fullWidth, int filler,
               Random rnd) {
        this.f = f;
        this.style = style;
        this.tables = tables;
        this.proseYuan = proseYuan;
        this.fullWidth = fullWidth;
        this.filler = filler;
        this.rnd = rnd;
    }

    String render() {
        switch (style) {
            case DEPARTMENT -> department();
            case UNIT -> unit();
            case OUTLINE -> outline();
        }
        if (tables) {
            tables();
        }
        return sb.toString();
    }

    // ---- the three phrasings -----------------------------------------------------------------------------

    private void department() {
        String kind = f.unitBudget ? "单位" : "部门";
        line(f.department);
        line(f.year + "年" + kind + "预算情况说明");
        line("");
        line("一、" + kind + "基本情况");
        line("");
        line("（一）主要职能");
        duties();
        line("（二）机构设置");
        line("本" + kind + "内设办公室、业务科等" + (2 + rnd.nextInt(8)) + "个科室。纳入" + f.shortName + f.year + "年"
                + kind + "预算编制范围的预算单位共" + (1 + rnd.nextInt(4)) + "个。");
        line("");
        line("二、收支预算总体情况");
        line("");
        line("按照综合预算的原则，" + f.shortName + "所有收入和支出均纳入" + kind + "预算管理。" + f.year + "年" + kind
                + "收入预算" + m(f.incomeTotal) + "，其中：" + list(f.incomeSources, "、") + "。收入预算比" + (f.year - 1)
                + "年预算" + change(f.incomeChange) + "，主要原因是业务工作量变化。");
        line("");
        line(f.year + "年" + kind + "支出预算" + m(f.expenditureTotal) + "，其中：基本支出" + m(f.basic) + "，项目支出"
                + m(f.project) + "。按功能分类，" + list(f.functionClasses, "，") + "。");
        line("");
        line("三、基本支出情况说明");
        line("");
        line(f.year + "年基本支出" + m(f.basic) + "，其中：人员经费" + m(f.personnel)
                + "，主要包括基本工资、津贴补贴、绩效工资、社会保障缴费、住房公积金等；公用经费" + m(f.publicExpenses)
                + "，主要包括办公费、印刷费、电费、邮电费、物业管理费、差旅费等。");
        line("");
        line("四、“三公”经费预算情况说明");
        line("");
        line(f.year + "年“三公”经费预算" + m(f.sgTotal) + "。其中：因公出国（境）费" + m(f.sgAbroad)
                + "；公务用车购置及运行费" + m(f.sgVehicle) + "，其中公务用车购置费" + m(f.sgPurchase) + "，公务用车运行费"
                + m(f.sgOperation) + "；公务接待费" + m(f.sgReception) + "。");
        line("");
        line("五、其他重要事项的情况说明");
        line("");
        line("（一）机关运行经费");
        line(jySentence(f.year + "年本" + kind + "机关运行经费预算"));
        line("（二）政府采购情况");
        line(f.year + "年本" + kind + "政府采购预算总额" + m(f.cgTotal) + "，其中：政府采购货物预算" + m(f.cgGoods)
                + "、政府采购工程预算" + m(f.cgWorks) + "、政府采购服务预算" + m(f.cgServices) + "。");
        line("（三）国有资产占有使用情况");
        line("截至" + (f.year - 1) + "年12月31日，本" + kind + "共有车辆" + f.vehicles + "辆，其中一般公务用车" + f.vehicles
                + "辆。");
        line("（四）绩效目标设置情况");
        line(f.year + "年本" + kind + "实行绩效目标管理的项目" + f.performanceProjects + "个，涉及项目支出预算金额"
                + m(f.project) + "。");
        line("");
        terms();
    }

    private void unit() {
        line(f.department + f.year + "年单位预算公开说明");
        line("");
        line("第一部分 单位概况");
        line("");
        line("一、主要职责");
        duties();
        line("二、机构设置");
        line("本单位为公益一类事业单位，内设综合部、服务部等" + (2 + rnd.nextInt(5)) + "个部门，为独立核算的一级预算单位。");
        line("");
        line("第二部分 " + f.year + "年单位预算情况说明");
        line("");
        line("一、收入预算情况");
        line(f.shortName + f.year + "年单位预算收入" + m(f.incomeTotal) + "，与" + (f.year - 1) + "年预算相比"
                + change(f.incomeChange) + "，主要原因是业务量变化。其中：" + shares(f.incomeSources, f.incomeTotal) + "。");
        line("");
        line("二、支出预算情况");
        line(f.shortName + f.year + "年支出预算" + m(f.expenditureTotal) + "，与" + (f.year - 1) + "年预算相比"
                + change(f.incomeChange) + "，主要原因是业务量变化。其中：基本支出" + m(f.basic) + "，占" + pct(f.basic, f.expenditureTotal)
                + "；项目支出" + m(f.project) + "，占" + pct(f.project, f.expenditureTotal) + "。支出包括："
                + list(f.functionClasses, "、") + "。");
        line("");
        line("基本支出中，人员经费" + m(f.personnel) + "，公用经费" + m(f.publicExpenses) + "。");
        line("");
        line("三、“三公”经费预算情况");
        line(f.year + "年“三公”经费安排" + m(f.sgTotal) + "。其中：因公出国（境）费" + m(f.sgAbroad) + "；公务用车购置及运行费"
                + m(f.sgVehicle) + "，其中公务用车购置费" + m(f.sgPurchase) + "、公务用车运行费" + m(f.sgOperation)
                + "；公务接待费" + m(f.sgReception) + "。");
        line("");
        line("四、机关运行经费");
        line(jySentence(f.year + "年机关运行经费预算"));
        line("");
        line("五、政府采购");
        line(f.year + "年政府采购预算" + m(f.cgTotal) + "，其中：货物类" + m(f.cgGoods) + "、工程类" + m(f.cgWorks) + "、服务类"
                + m(f.cgServices) + "。");
        line("");
        line("六、国有资产占有使用情况");
        line("截至" + (f.year - 1) + "年底，本单位共有车辆" + f.vehicles + "辆。");
        line("");
        line("七、绩效目标设置情况");
        line(f.year + "年实行绩效目标管理的项目" + f.performanceProjects + "个，涉及金额" + m(f.project) + "。");
        line("");
        terms();
    }

    private void outline() {
        String kind = f.unitBudget ? "单位" : "部门";
        line(f.department);
        line(yearText(f.year) + "年" + kind + "预算情况说明");
        line("");
        line("一、" + kind + "基本情况");
        line("（一）职能职责");
        duties();
        line("（二）单位构成");
        line("内设 " + (2 + rnd.nextInt(8)) + " 个科室，下属 " + rnd.nextInt(4) + " 个事业单位。");
        line("");
        line("二、" + kind + "收支总体情况");
        line("（一）收入预算：" + f.year + " 年年初预算数 " + m(f.incomeTotal) + "，其中：" + outlineIncome() + "。");
        line("（二）支出预算：" + f.year + " 年年初预算数 " + m(f.expenditureTotal) + "，其中："
                + list(f.functionClasses, "，", "预算") + "。");
        line("");
        line("三、" + kind + "预算情况说明");
        line(f.year + " 年一般公共预算财政拨款收入 " + m(f.incomeSources.get("一般公共预算拨款收入")) + "。其中：基本支出 "
                + m(f.basic) + "，主要用于保障在职人员工资福利及社会保险缴费等；项目支出 " + m(f.project)
                + "，主要用于业务工作开展。基本支出中，人员经费 " + m(f.personnel) + "，公用经费 " + m(f.publicExpenses) + "。");
        line("");
        line("四、“三公”经费情况说明");
        line(f.year + " 年“三公”经费预算 " + m(f.sgTotal) + "。其中：因公出国（境）费用 " + m(f.sgAbroad) + "；公务接待费 "
                + m(f.sgReception) + "；公务用车运行维护费 " + m(f.sgOperation) + "；公务用车购置费 " + m(f.sgPurchase) + "。");
        line("");
        line("五、其他重要事项的情况说明");
        line("1.机关运行经费。" + jySentence("本" + kind + f.year + "年安排机关运行经费预算"));
        line("2.政府采购情况。" + f.year + " 年政府采购预算总额 " + m(f.cgTotal) + "：政府采购货物预算 " + m(f.cgGoods)
                + "、政府采购工程预算 " + m(f.cgWorks) + "、政府采购服务预算 " + m(f.cgServices) + "。");
        line("3.国有资产占有使用情况。截止 " + (f.year - 1) + " 年 12 月，共有车辆 " + f.vehicles + " 辆，其中一般公务用车 "
                + f.vehicles + " 辆。");
        line("4.绩效目标设置情况。" + f.year + " 年项目支出均实行了绩效管理，涉及一般公共预算当年财政拨款 " + m(f.project) + "。");
        line("");
        terms();
    }

    // ---- pieces --------------------------------------------------------------------------------------------

    private String jySentence(String lead) {
        if (!f.jyItemized) {
            return lead + m(f.jyTotal) + "，主要用于办公费、印刷费、水电费、差旅费等。";
        }
        return lead + m(f.jyTotal) + "，包括" + list(f.jyItems, "、") + "。";
    }

    private String outlineIncome() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : f.incomeSources.entrySet()) {
            String name = switch (e.getKey()) {
                case "一般公共预算拨款收入" -> "一般公共预算拨款";
                case "上年结转结余" -> "上年结转";
                default -> e.getKey();
            };
            parts.add(name + " " + m(e.getValue()));
        }
        return String.join("，", parts);
    }

    private void duties() {
        for (int i = 0; i < filler; i++) {
            line((i + 1) + "." + DUTIES[(i + rnd.nextInt(3)) % DUTIES.length]);
        }
        line("");
    }

    private void terms() {
        line("六、名词解释");
        line("（一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。");
        line("（二）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
        line("（三）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。");
        line("");
    }

    private String list(Map<String, Long> items, String sep) {
        return list(items, sep, "");
    }

    private String list(Map<String, Long> items, String sep, String suffix) {
        List<String> parts = new ArrayList<>();
        items.forEach((k, v) -> parts.add(k + suffix + (style == FilingStyle.OUTLINE ? " " : "") + m(v)));
        return String.join(sep, parts);
    }

    private String shares(Map<String, Long> items, long total) {
        List<String> parts = new ArrayList<>();
        items.forEach((k, v) -> parts.add(k + m(v) + "，占" + pct(v, total)));
        return String.join("；", parts);
    }

    private String change(long yuan) {
        if (yuan == 0) {
            return "持平";
        }
        return (yuan > 0 ? "增加" : "减少") + m(Math.abs(yuan));
    }

    private static String pct(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    /** An amount as the style prints it, with its unit. */
    private String m(long yuan) {
        if (proseYuan) {
            return grouped(BigDecimal.valueOf(yuan).setScale(2, RoundingMode.UNNECESSARY)) + "元";
        }
        BigDecimal wan = BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
        return switch (style) {
            case DEPARTMENT -> grouped(wan) + "万元";
            case UNIT -> (wan.signum() == 0 ? "0" : wan.stripTrailingZeros().toPlainString()) + "万元";
            case OUTLINE -> digits(wan.toPlainString()) + " 万元";
        };
    }

    private String digits(String plain) {
        if (!fullWidth) {
            return plain;
        }
        // As some GB18030 originals do: full-width thousands separator in the integer part.
        BigDecimal v = new BigDecimal(plain);
        return grouped(v).replace(',', '，');
    }

    private String yearText(int year) {
        if (!fullWidth) {
            return String.valueOf(year);
        }
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(year).toCharArray()) {
            out.append((char) ('０' + (c - '0')));
        }
        return out.toString();
    }

    private static String grouped(BigDecimal v) {
        DecimalFormat df = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return df.format(v);
    }

    // ---- tables --------------------------------------------------------------------------------------------

    private void tables() {
        String kind = f.unitBudget ? "单位" : "部门";
        line("附件1");
        line("");
        line(f.year + "年" + f.shortName + "一般公共预算支出功能分类预算表");
        line("");
        line("单位：元");
        line("");
        line(String.join("\t", "科目编码", "科目名称", "合计", "基本支出", "项目支出"));
        row("", "合计", f.expenditureTotal, f.basic, f.project);
        boolean first = true;
        long sideBasic = 0;
        for (long v : f.functionClasses.values()) {
            sideBasic += v;
        }
        for (Map.Entry<String, Long> e : f.functionClasses.entrySet()) {
            String code = f.functionCodes.get(e.getKey());
            long total = e.getValue();
            long basicPart = first ? f.basic - (sideBasic - total) : total;
            long projectPart = first ? f.project : 0;
            row(code, e.getKey(), total, basicPart, projectPart);
            row(code + "01", "行政事务", total, basicPart, projectPart);
            if (projectPart > 0) {
                row(code + "0101", "行政运行", basicPart, basicPart, 0);
                row(code + "0199", "其他支出", projectPart, 0, projectPart);
            } else {
                row(code + "0101", "行政运行", basicPart, basicPart, 0);
            }
            first = false;
        }
        line("");
        line("附件2");
        line("");
        line(f.year + "年" + f.shortName + "“三公”经费预算表");
        line("");
        line("单位：万元");
        line("");
        line(String.join("\t", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"));
        line(String.join("\t", "", "", "小计", "公务用车购置费", "公务用车运行费", ""));
        line(String.join("\t", wan(f.sgTotal), wan(f.sgAbroad), wan(f.sgVehicle), wan(f.sgPurchase),
                wan(f.sgOperation), wan(f.sgReception)));
        line("");
        line("注：" + kind + "预算表中金额均为预算数。");
    }

    private void row(String code, String name, long total, long basicPart, long projectPart) {
        line(String.join("\t", code, name, yuan(total), basicPart == 0 ? "" : yuan(basicPart),
                projectPart == 0 ? "" : yuan(projectPart)));
    }

    private static String yuan(long v) {
        return grouped(BigDecimal.valueOf(v).setScale(2, RoundingMode.UNNECESSARY));
    }

    private static String wan(long yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private void line(String s) {
        sb.append(s).append('\n');
    }
}
