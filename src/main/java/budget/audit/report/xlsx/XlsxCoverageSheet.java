package budget.audit.report.xlsx;

import budget.audit.report.Labels;
import budget.audit.report.model.AuditReport.ListedTable;
import budget.audit.report.model.Coverage;
import budget.audit.report.model.Coverage.Gap;
import budget.audit.report.model.Coverage.ProseAmount;
import budget.audit.report.model.Coverage.TableItem;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The 核对范围 sheet: one filterable list of what the audit covered and what it could not check — summary rows, then
 * every table read with its status and reason, every listed table not found, every prose amount not matched, every
 * rule that checked nothing. Columns: 序号, 类别, 对象, 表格类型, 状态, 说明, 页码, 行号.
 */
final class XlsxCoverageSheet {

    private XlsxCoverageSheet() {
    }

    static void write(XSSFSheet sheet, XlsxStyles styles, Coverage coverage, Labels l) {
        XlsxSheet s = new XlsxSheet(sheet, styles, List.of(l.get("col.no"), l.get("coverage.col.category"),
                l.get("coverage.col.item"), l.get("coverage.col.kind"), l.get("coverage.col.status"),
                l.get("coverage.col.reason"), l.get("coverage.col.page"), l.get("coverage.col.line")),
                List.of(6, 12, 40, 18, 10, 60, 6, 8));
        int n = 0;
        Coverage.Summary sum = coverage.summary();
        String summary = l.get("coverage.cat.summary");
        s.row().integer(++n).text(summary).text(l.get("coverage.summary.tables")).text(null)
                .text(ratio(sum.recognised(), sum.standardTables(), sum.recognisedPercent())).text(null)
                .text(null).text(null);
        s.row().integer(++n).text(summary).text(l.get("coverage.summary.prose")).text(null)
                .text(ratio(sum.proseMatched(), sum.proseAmounts(), sum.proseMatchedPercent())).text(null)
                .text(null).text(null);
        s.row().integer(++n).text(summary).text(l.get("coverage.summary.setAside")).text(null)
                .text(sum.setAsideChecks() + l.get("coverage.unit.items")).text(null).text(null).text(null);
        s.row().integer(++n).text(summary).text(l.get("coverage.summary.rules")).text(null)
                .text(sum.rulesNotApplied() + l.get("coverage.unit.items")).text(null).text(null).text(null);
        for (String note : coverage.notRead()) {
            s.row().integer(++n).text(l.get("coverage.cat.notRead")).text(note).text(null)
                    .text(l.get("coverage.status.NOT_READ")).text(null).text(null).text(null);
        }
        for (TableItem t : coverage.tables()) {
            s.row().integer(++n).text(l.get("coverage.cat.table")).text(t.table()).text(t.kind())
                    .text(l.code("coverage.status", t.status())).text(t.reason()).integer(t.page())
                    .integer(t.line());
        }
        for (ListedTable m : coverage.missingTables()) {
            s.row().integer(++n).text(l.get("coverage.cat.missing")).text(m.title()).text(null)
                    .text(l.get("coverage.status.MISSING")).text(l.get("coverage.missing.reason")).text(null)
                    .integer(m.line());
        }
        for (ProseAmount p : coverage.prose().unmatched()) {
            s.row().integer(++n).text(l.get("coverage.cat.prose")).text(p.label() + " " + p.amount()).text(null)
                    .text(l.get("coverage.status.UNMATCHED")).text(p.text()).integer(p.page()).integer(p.line());
        }
        for (Gap g : coverage.notChecked()) {
            s.row().integer(++n).text(l.get("coverage.cat.rule")).text(g.rule() + " " + g.title()).text(null)
                    .text(l.code("coverage.status", g.outcome())).text(g.reason()).text(null).text(null);
        }
        s.finish(true);
    }

    /** "11/13（84.6%）", or "0/0" when there is nothing to count. */
    private static String ratio(int part, int whole, String percent) {
        return part + "/" + whole + (percent == null ? "" : "（" + percent + "%）");
    }
}
