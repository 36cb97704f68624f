package budget.audit.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stated figures of one synthetic filing, all in whole 元 (long). Mutable on purpose: the generator first
 * builds consistent figures, then a defect changes one of them. Package-private working data of the generator.
 */
final class Figures {

    String department;
    String shortName;
    String district;
    int year;
    boolean unitBudget;

    final Map<String, Long> incomeSources = new LinkedHashMap<>();
    long incomeTotal;

    long expenditureTotal;
    long basic;
    long project;
    long personnel;
    long publicExpenses;
    /** 功能分类 类 name → amount; the first one holds all project spending. */
    final Map<String, Long> functionClasses = new LinkedHashMap<>();
    final Map<String, String> functionCodes = new LinkedHashMap<>();

    long sgAbroad;
    long sgPurchase;
    long sgOperation;
    long sgVehicle;
    long sgReception;
    long sgTotal;

    long jyTotal;
    final Map<String, Long> jyItems = new LinkedHashMap<>();
    boolean jyItemized = true;

    long cgTotal;
    long cgGoods;
    long cgWorks;
    long cgServices;

    int vehicles;
    int performanceProjects;
    long incomeChange;
}
