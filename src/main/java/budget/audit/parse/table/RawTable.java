package budget.audit.parse.table;

import budget.audit.model.SourceLine;
import budget.audit.model.Unit;

import java.util.List;

/**
 * The lines of one table as cut out of a document, before the header is interpreted.
 *
 * @param label      printed label ("附件3") or ""
 * @param title      printed title (subtitle appended)
 * @param titleLine  the line the title was read from
 * @param unit       the 单位 stated for the table, or null
 * @param header     header lines (multi-row header, top first)
 * @param body       data lines, repeated headers removed; fragments of wrapped names included
 * @param note       the note under the table, or null
 */
record RawTable(String label, String title, SourceLine titleLine, Unit unit, List<SourceLine> header,
                List<SourceLine> body, String note) {
}
