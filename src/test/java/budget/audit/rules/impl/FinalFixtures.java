package budget.audit.rules.impl;

/** Small hand-written 决算 texts for the JS rule tests (tab-separated tables, as the text reader reads them). */
final class FinalFixtures {

    private FinalFixtures() {
    }

    /** A 收入支出决算总表 with the given 年初, 本年收入, 本年支出, 年末 (决算数 columns). */
    static String summary(String opening, String income, String expenditure, String closing, String total) {
        return String.join("\n",
                "表1",
                "收入支出决算总表",
                "单位：万元",
                "收入\t\t支出\t",
                "项目\t决算数\t项目\t决算数",
                "一、一般公共预算财政拨款收入\t" + income + "\t一、一般公共服务支出\t" + expenditure,
                "本年收入合计\t" + income + "\t本年支出合计\t" + expenditure,
                "年初结转和结余\t" + opening + "\t年末结转和结余\t" + closing,
                "总计\t" + total + "\t总计\t" + total,
                "");
    }

    /** A 财政拨款收入支出决算总表 with one fund (一般公共预算) column on the spending side. */
    static String fiscal(String opening, String income, String expenditure, String closing) {
        return String.join("\n",
                "表4",
                "财政拨款收入支出决算总表",
                "单位：万元",
                "收入\t\t支出\t\t",
                "项目\t金额\t项目\t合计\t一般公共预算财政拨款",
                "一、一般公共预算财政拨款\t" + income + "\t一、一般公共服务支出\t" + expenditure + "\t" + expenditure,
                "本年收入合计\t" + income + "\t本年支出合计\t" + expenditure + "\t" + expenditure,
                "年初财政拨款结转和结余\t" + opening + "\t年末财政拨款结转和结余\t" + closing + "\t" + closing,
                "一般公共预算财政拨款\t" + opening + "\t\t\t",
                "");
    }

    /** A 一般公共预算财政拨款支出决算表 with the given 项目支出 total. */
    static String general(String basic, String project, String total) {
        return String.join("\n",
                "表5",
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                "\t合计\t" + total + "\t" + basic + "\t" + project,
                "201\t一般公共服务支出\t" + total + "\t" + basic + "\t" + project,
                "");
    }

    /** A 三公 决算表 with 预算数 and 决算数 (合计, 公务接待费). */
    static String sangong(String budget, String actual) {
        return String.join("\n",
                "表7",
                "一般公共预算财政拨款“三公”经费支出决算表",
                "单位：万元",
                "预算数\t\t决算数\t",
                "合计\t公务接待费\t合计\t公务接待费",
                budget + "\t" + budget + "\t" + actual + "\t" + actual,
                "");
    }

    static final String HEAD = "滨河市滨江区测试局2023年度部门决算\n\n";
}
