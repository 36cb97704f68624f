package budget.audit.parse.table;

/** What the layout profiles say about a printed column header, for the rules that read column groups. */
public final class HeaderVocabulary {

    private HeaderVocabulary() {
    }

    /** True for 合计/小计/总计 and the like: the total of the columns grouped under the same header. */
    public static boolean isTotalLabel(String label) {
        return ColumnNames.isGenericTotal(label);
    }

    /** Canonical names of columns that are parts of the spending total beside 基本支出 and 项目支出 (单位预留机动经费). */
    public static java.util.List<String> spendingParts() {
        return LayoutProfiles.vocabulary().spendingParts();
    }
}
