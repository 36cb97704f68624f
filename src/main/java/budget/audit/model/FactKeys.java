package budget.audit.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quantities the parser extracts, by key. Keys are part of the JSON contract ({@code facts[].key}):
 * add, never rename. Family keys (marked "per label") occur once per item, with the item's name in
 * {@link Fact#label()}. A key followed by {@link #CHANGE_SUFFIX} is the stated change against the previous year
 * (signed: 减少 is negative), e.g. {@code sangong.total.change}; {@link #PREVIOUS_SUFFIX} is the previous year's
 * figure when stated.
 */
public final class FactKeys {

    public static final String CHANGE_SUFFIX = ".change";
    public static final String PREVIOUS_SUFFIX = ".previous";

    // 收入
    public static final String INCOME_TOTAL = "income.total";
    /** per label: 一般公共预算拨款收入, 事业收入, 上年结转结余 ... */
    public static final String INCOME_SOURCE = "income.source";

    // 支出
    public static final String EXPENDITURE_TOTAL = "expenditure.total";
    public static final String EXPENDITURE_BASIC = "expenditure.basic";
    public static final String EXPENDITURE_PROJECT = "expenditure.project";
    /** per label: 事业单位经营支出, 上缴上级支出, 对附属单位补助支出 ... (other kinds beside 基本/项目) */
    public static final String EXPENDITURE_OTHER_KIND = "expenditure.otherKind";
    public static final String PERSONNEL = "expenditure.personnel";
    /** 公用经费 (日常公用经费) of 基本支出. */
    public static final String PUBLIC_EXPENSES = "expenditure.public";
    /** per label: a 功能分类 类, e.g. 一般公共服务支出. */
    public static final String FUNCTION_CLASS = "expenditure.function";
    /**
     * per label: a 功能分类 item named in a numbered prose paragraph, the label being the quoted name as printed
     * (“住房保障支出（类）住房改革支出（款）住房公积金（项）”, or a 类 name alone: “一般公共服务支出”科目).
     */
    public static final String EXPENDITURE_ITEM = "expenditure.item";

    // 一般公共预算 scope (a narrower scope than the whole department's 支出合计 / 基本支出 / 功能分类)
    /** 一般公共预算支出 ("2023年一般公共预算支出17816.9万元"). */
    public static final String GENERAL_EXPENDITURE = "general.expenditure";
    /** 一般公共预算基本支出 (000: 14809.3 = 人员经费 11820.9 + 公用经费 2988.4). */
    public static final String GENERAL_BASIC = "general.basic";
    /** per label: a 功能分类 类 within the 一般公共预算 ("“一般公共服务支出”17195.7万元"). */
    public static final String GENERAL_FUNCTION_CLASS = "general.function";

    // 财政拨款
    public static final String FISCAL_INCOME = "fiscal.income";
    public static final String FISCAL_EXPENDITURE = "fiscal.expenditure";

    // “三公”经费
    public static final String SANGONG_TOTAL = "sangong.total";
    public static final String SANGONG_ABROAD = "sangong.abroad";
    public static final String SANGONG_VEHICLE = "sangong.vehicle";
    public static final String SANGONG_VEHICLE_PURCHASE = "sangong.vehicle.purchase";
    public static final String SANGONG_VEHICLE_OPERATION = "sangong.vehicle.operation";
    public static final String SANGONG_RECEPTION = "sangong.reception";

    // 机关运行经费
    public static final String JY_TOTAL = "jy.total";
    /** per label: 办公费, 印刷费 ... */
    public static final String JY_ITEM = "jy.item";

    // 政府采购
    public static final String PROCUREMENT_TOTAL = "procurement.total";
    public static final String PROCUREMENT_GOODS = "procurement.goods";
    public static final String PROCUREMENT_WORKS = "procurement.works";
    public static final String PROCUREMENT_SERVICES = "procurement.services";

    // 国有资产 / 绩效
    public static final String VEHICLE_COUNT = "assets.vehicles";
    public static final String PERFORMANCE_PROJECT_COUNT = "performance.projects";
    public static final String PERFORMANCE_AMOUNT = "performance.amount";

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(INCOME_TOTAL, "收入合计");
        NAMES.put(INCOME_SOURCE, "收入来源");
        NAMES.put(EXPENDITURE_TOTAL, "支出合计");
        NAMES.put(EXPENDITURE_BASIC, "基本支出");
        NAMES.put(EXPENDITURE_PROJECT, "项目支出");
        NAMES.put(EXPENDITURE_OTHER_KIND, "其他支出类型");
        NAMES.put(PERSONNEL, "人员经费");
        NAMES.put(PUBLIC_EXPENSES, "公用经费");
        NAMES.put(FUNCTION_CLASS, "功能分类支出");
        NAMES.put(EXPENDITURE_ITEM, "功能分类科目支出");
        NAMES.put(GENERAL_EXPENDITURE, "一般公共预算支出");
        NAMES.put(GENERAL_BASIC, "一般公共预算基本支出");
        NAMES.put(GENERAL_FUNCTION_CLASS, "一般公共预算功能分类支出");
        NAMES.put(FISCAL_INCOME, "财政拨款收入");
        NAMES.put(FISCAL_EXPENDITURE, "财政拨款支出");
        NAMES.put(SANGONG_TOTAL, "“三公”经费合计");
        NAMES.put(SANGONG_ABROAD, "因公出国（境）费");
        NAMES.put(SANGONG_VEHICLE, "公务用车购置及运行费");
        NAMES.put(SANGONG_VEHICLE_PURCHASE, "公务用车购置费");
        NAMES.put(SANGONG_VEHICLE_OPERATION, "公务用车运行费");
        NAMES.put(SANGONG_RECEPTION, "公务接待费");
        NAMES.put(JY_TOTAL, "机关运行经费");
        NAMES.put(JY_ITEM, "机关运行经费明细");
        NAMES.put(PROCUREMENT_TOTAL, "政府采购合计");
        NAMES.put(PROCUREMENT_GOODS, "政府采购货物");
        NAMES.put(PROCUREMENT_WORKS, "政府采购工程");
        NAMES.put(PROCUREMENT_SERVICES, "政府采购服务");
        NAMES.put(VEHICLE_COUNT, "车辆数");
        NAMES.put(PERFORMANCE_PROJECT_COUNT, "绩效目标项目数");
        NAMES.put(PERFORMANCE_AMOUNT, "绩效目标涉及金额");
    }

    private FactKeys() {
    }

    /** Chinese name of a key (also for change / previous keys), or the key itself when unknown. */
    public static String chineseName(String key) {
        if (key.endsWith(CHANGE_SUFFIX)) {
            return chineseName(key.substring(0, key.length() - CHANGE_SUFFIX.length())) + "比上年增减";
        }
        if (key.endsWith(PREVIOUS_SUFFIX)) {
            return "上年" + chineseName(key.substring(0, key.length() - PREVIOUS_SUFFIX.length()));
        }
        return NAMES.getOrDefault(key, key);
    }

    public static String change(String key) {
        return key + CHANGE_SUFFIX;
    }

    public static String previous(String key) {
        return key + PREVIOUS_SUFFIX;
    }
}
