package budget.audit.parse.table;

/** What the layout profiles say about a printed column header, for the rules that read column groups. */
public final class HeaderVocabulary {

    private HeaderVocabulary() {
    }

    /** True for 合计/小计/总计 and the like: the total of the columns grouped under the same header. */
    public static boolean isTotalLabel(String label) {
        return ColumnNames.isGenericTotal(label);
    }

    /**
     * True when a column role names a known amount: a canonical column name of the profiles, or a role containing
     * one of their known role patterns (regular expressions found in the role: 政府采购, ^\\d{4}年$ …).
     */
    public static boolean isKnownRole(String role) {
        String r = role == null ? "" : role.replaceAll("\\s+", "");
        if (r.isEmpty()) {
            return false;
        }
        LayoutProfiles.Vocabulary v = LayoutProfiles.vocabulary();
        return v.columns().stream().anyMatch(c -> r.contains(c.name()))
                || v.roles().stream().anyMatch(p -> p.matcher(r).find());
    }

    /** Canonical names of columns that are parts of the spending total beside 基本支出 and 项目支出 (单位预留机动经费). */
    public static java.util.List<String> spendingParts() {
        return LayoutProfiles.vocabulary().spendingParts();
    }
}
