package budget.audit.parse.table;

import budget.audit.model.BudgetTable.Part;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each column of a table holds, read from its (possibly multi-row) header: code, code part (类/款/项), name,
 * or an amount with its canonical name. A header with two name columns (收入 项目 | 支出 项目) gives two sides.
 */
final class ColumnLayout {

    enum Role { CODE, SPLIT_CODE, NAME, AMOUNT, TEXT }

    /** One side of the table: its name column, code columns and amount columns. */
    record Side(Part part, int nameColumn, int codeColumn, Map<Integer, Integer> splitCodeColumns,
                List<Integer> amountColumns, List<String> names, List<String> headers, List<Integer> textColumns) {
    }

    private final int width;
    private final List<List<String>> paths;
    private final Role[] roles;
    private final List<Side> sides;

    ColumnLayout(List<List<String>> headerRows, List<List<String>> dataRows) {
        int w = 0;
        for (List<String> r : headerRows) {
            w = Math.max(w, lastNonEmpty(r) + 1);
        }
        for (List<String> r : dataRows) {
            w = Math.max(w, lastNonEmpty(r) + 1);
        }
        this.width = w;
        int[][] origin = origins(headerRows, w);
        this.paths = new ArrayList<>();
        for (int c = 0; c < w; c++) {
            List<String> path = new ArrayList<>();
            for (int r = 0; r < headerRows.size(); r++) {
                if (origin[r][c] >= 0) {
                    path.add(Cells.cell(headerRows.get(r), origin[r][c]));
                }
            }
            paths.add(path);
        }
        this.roles = new Role[w];
        int[] splitLevel = new int[w];
        for (int c = 0; c < w; c++) {
            roles[c] = headerRole(paths.get(c));
            if (roles[c] == Role.SPLIT_CODE) {
                splitLevel[c] = "类款项".indexOf(last(paths.get(c))) + 1;
            }
        }
        demoteRepeatedSplitCodes(splitLevel);
        applyDataFallback(dataRows);
        demoteAdjacentNames();
        this.sides = buildSides(headerRows, origin, splitLevel);
    }

    List<Side> sides() {
        return sides;
    }

    /**
     * For each header row and column, the column of the printed cell that covers it: the cell itself, or for an
     * empty cell above a labelled one, the nearest labelled cell to its left (a merged cell spanning columns);
     * -1 when nothing is printed there.
     */
    private static int[][] origins(List<List<String>> rows, int w) {
        int[][] origin = new int[rows.size()][w];
        for (int r = 0; r < rows.size(); r++) {
            int lastLabelled = -1;
            for (int c = 0; c < w; c++) {
                String cell = Cells.cell(rows.get(r), c);
                if (!cell.isEmpty()) {
                    origin[r][c] = c;
                    lastLabelled = c;
                } else if (lastLabelled >= 0 && labelledBelow(rows, r, c)) {
                    origin[r][c] = lastLabelled;
                } else {
                    origin[r][c] = -1;
                }
            }
        }
        return origin;
    }

    private static boolean labelledBelow(List<List<String>> rows, int r, int c) {
        for (int k = r + 1; k < rows.size(); k++) {
            if (!Cells.cell(rows.get(k), c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Role headerRole(List<String> path) {
        if (path.isEmpty()) {
            return Role.AMOUNT;
        }
        String bottom = ColumnNames.clean(last(path));
        if (path.stream().anyMatch(ColumnNames::isTextColumn)) {
            return Role.TEXT;
        }
        if (bottom.equals("类") || bottom.equals("款") || bottom.equals("项")) {
            return Role.SPLIT_CODE;
        }
        if (bottom.contains("编码") || bottom.contains("代码") || bottom.equals("编号")) {
            return Role.CODE;
        }
        if (bottom.contains("名称") || bottom.endsWith("项目") || bottom.endsWith("科目") || bottom.equals("项目")) {
            return Role.NAME;
        }
        return Role.AMOUNT;
    }

    /**
     * Only the first run of 类/款/项 columns holds the row's code; a second run (部门经济科目 类 款, 政府经济科目
     * 类 款 beside the function code) is text.
     */
    private void demoteRepeatedSplitCodes(int[] splitLevel) {
        boolean inRun = false;
        boolean runDone = false;
        for (int c = 0; c < width; c++) {
            if (roles[c] == Role.SPLIT_CODE) {
                if (runDone) {
                    roles[c] = Role.TEXT;
                    splitLevel[c] = 0;
                } else {
                    inRun = true;
                }
            } else if (inRun) {
                inRun = false;
                runDone = true;
            }
        }
    }

    /**
     * A name column right after another name or code column with no amount column between (功能科目 | 经济科目, both
     * "2010801-行政运行"): one row, several classifications; the first names the row, the others are text.
     */
    private void demoteAdjacentNames() {
        boolean nameSeen = false;
        for (int c = 0; c < width; c++) {
            if (roles[c] == Role.AMOUNT) {
                nameSeen = false;
            } else if (roles[c] == Role.NAME) {
                if (nameSeen) {
                    roles[c] = Role.TEXT;
                }
                nameSeen = true;
            }
        }
    }

    /** Columns the header does not explain: codes or names recognized from the data. */
    private void applyDataFallback(List<List<String>> dataRows) {
        boolean hasName = false;
        boolean hasCode = false;
        for (Role r : roles) {
            hasName |= r == Role.NAME;
            hasCode |= r == Role.CODE || r == Role.SPLIT_CODE;
        }
        for (int c = 0; c < width; c++) {
            if (roles[c] != Role.AMOUNT) {
                continue;
            }
            int codes = 0;
            int texts = 0;
            int numbers = 0;
            for (List<String> row : dataRows) {
                String cell = Cells.cell(row, c);
                if (cell.isEmpty() || Cells.isNoFigure(cell)) {
                    continue;
                }
                if (Cells.isCode(cell) && !cell.contains(".")) {
                    codes++;
                } else if (Cells.isNumber(cell)) {
                    numbers++;
                } else {
                    texts++;
                }
            }
            boolean headerless = paths.get(c).isEmpty();
            if (!hasCode && headerless && codes > 0 && numbers == 0 && c == 0) {
                roles[c] = Role.CODE;
                hasCode = true;
            } else if (!hasName && texts > 0 && numbers == 0 && (headerless || codes == 0)) {
                roles[c] = Role.NAME;
                hasName = true;
            } else if (texts > 0 && numbers == 0 && codes == 0) {
                roles[c] = Role.TEXT; // a text column under an unknown header: never an amount
            }
        }
    }

    private List<Side> buildSides(List<List<String>> headerRows, int[][] origin, int[] splitLevel) {
        List<Integer> nameCols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (roles[c] == Role.NAME) {
                nameCols.add(c);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        if (nameCols.size() >= 2) {
            for (int i = 0; i < nameCols.size(); i++) {
                int from = i == 0 ? 0 : nameCols.get(i);
                int to = i + 1 < nameCols.size() ? nameCols.get(i + 1) : width;
                ranges.add(new int[]{from, to});
            }
        } else {
            ranges.add(new int[]{0, width});
        }
        List<Side> out = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int from = ranges.get(i)[0];
            int to = ranges.get(i)[1];
            Part part = Part.WHOLE;
            if (ranges.size() > 1) {
                part = sidePart(nameCols.get(i), i);
            }
            out.add(side(part, from, to, headerRows, origin, splitLevel));
        }
        return out;
    }

    private Part sidePart(int nameCol, int index) {
        String top = paths.get(nameCol).isEmpty() ? "" : paths.get(nameCol).get(0) + last(paths.get(nameCol));
        if (top.contains("收入")) {
            return Part.INCOME;
        }
        if (top.contains("支出")) {
            return Part.EXPENDITURE;
        }
        return index == 0 ? Part.INCOME : Part.EXPENDITURE;
    }

    private Side side(Part part, int from, int to, List<List<String>> headerRows, int[][] origin, int[] splitLevel) {
        int nameCol = -1;
        int codeCol = -1;
        Map<Integer, Integer> split = new LinkedHashMap<>();
        List<Integer> amounts = new ArrayList<>();
        List<Integer> texts = new ArrayList<>();
        for (int c = from; c < to; c++) {
            switch (roles[c]) {
                case NAME -> nameCol = nameCol < 0 ? c : nameCol;
                case CODE -> codeCol = codeCol < 0 ? c : codeCol;
                case SPLIT_CODE -> split.put(splitLevel[c], c);
                case AMOUNT -> amounts.add(c);
                case TEXT -> texts.add(c);
            }
        }
        List<String> names = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int c : amounts) {
            names.add(nameOf(c, amounts, headerRows, origin));
            headers.add(String.join("/", paths.get(c)));
        }
        sangongSubtotal(names, amounts);
        dedupe(names, amounts);
        return new Side(part, nameCol, codeCol, split, amounts, names, headers, texts);
    }

    /** Canonical name of an amount column; a 合计/小计 under a header spanning part of the columns takes its name. */
    private String nameOf(int c, List<Integer> amountCols, List<List<String>> headerRows, int[][] origin) {
        List<String> path = paths.get(c);
        if (path.isEmpty()) {
            return amountCols.size() == 1 ? ColumnNames.TOTAL : "第" + (amountCols.indexOf(c) + 1) + "列";
        }
        String bottom = last(path);
        if (!ColumnNames.isGenericTotal(bottom)) {
            return ColumnNames.canonical(bottom);
        }
        // walk the enclosing headers upwards, bottom-most first
        for (int r = headerRows.size() - 1; r >= 0; r--) {
            int o = origin[r][c];
            if (o < 0) {
                continue;
            }
            String label = Cells.cell(headerRows.get(r), o);
            if (label.equals(bottom) && o == c) {
                continue;
            }
            if (!spanIsStrictSubset(r, o, amountCols, origin)) {
                continue;
            }
            String specific = ColumnNames.specific(label);
            if (specific != null) {
                return specific;
            }
            if (!ColumnNames.isGenericTotal(label) && !ColumnNames.clean(label).isEmpty() && spansAmountsOnly(r, o, origin)) {
                return ColumnNames.clean(label); // 小计 of a group the profiles do not name (本年收入, 政府采购项目)
            }
        }
        return ColumnNames.TOTAL;
    }

    private boolean spansAmountsOnly(int r, int o, int[][] origin) {
        for (int c = 0; c < width; c++) {
            if (origin[r][c] == o && roles[c] != Role.AMOUNT) {
                return false;
            }
        }
        return true;
    }

    private boolean spanIsStrictSubset(int r, int o, List<Integer> amountCols, int[][] origin) {
        int covered = 0;
        for (int c : amountCols) {
            if (origin[r][c] == o) {
                covered++;
            }
        }
        return covered < amountCols.size();
    }

    /**
     * A table of “三公”经费 beside 会议费 and 培训费 (合计 | “三公”经费/小计 | …): the 小计 under “三公”经费 is the
     * “三公” total the table is read for; the grand total beside it is named 总计.
     */
    private void sangongSubtotal(List<String> names, List<Integer> cols) {
        int sub = -1;
        for (int i = 0; i < cols.size(); i++) {
            List<String> path = paths.get(cols.get(i));
            if (path.size() >= 2 && ColumnNames.clean(path.get(path.size() - 2)).contains("三公")
                    && ColumnNames.isGenericTotal(last(path))) {
                sub = i;
                break;
            }
        }
        if (sub < 0) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (i != sub && names.get(i).equals(ColumnNames.TOTAL) && paths.get(cols.get(i)).size() == 1) {
                names.set(i, "总计");
            }
        }
        names.set(sub, ColumnNames.TOTAL);
    }

    /** Two columns with the same canonical name get their parent header as prefix ("基本支出/财政拨款"). */
    private void dedupe(List<String> names, List<Integer> cols) {
        Map<String, Integer> count = new HashMap<>();
        for (String n : names) {
            count.merge(n, 1, Integer::sum);
        }
        for (int i = 0; i < names.size(); i++) {
            if (count.get(names.get(i)) > 1) {
                List<String> path = paths.get(cols.get(i));
                String parent = path.size() >= 2 ? ColumnNames.canonical(path.get(path.size() - 2)) : "";
                if (!parent.isEmpty() && !parent.equals(names.get(i))) {
                    names.set(i, parent + "/" + names.get(i));
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int n = seen.merge(names.get(i), 1, Integer::sum);
            if (n > 1) {
                names.set(i, names.get(i) + "#" + n);
            }
        }
    }

    private static int lastNonEmpty(List<String> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!row.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }
}
