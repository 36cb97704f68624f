package budget.audit.report.xlsx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * New workbooks whose shared-strings table is cheap to fill.
 *
 * <p>POI's {@link SharedStringsTable} de-duplicates strings by a key made by serialising each string's XML
 * ({@code CTRst.xmlText()}); for a report of a few thousand cells that serialisation was the largest cost of the
 * whole workbook (megabytes of garbage per report). For a plain string (one {@code <t>}, no rich-text runs, no
 * phonetic runs — every string this tool writes) the text itself identifies the XML, so it is used as the key
 * instead. Rich strings keep POI's key. Same strings, same indexes: the file's bytes are unchanged.
 */
final class XlsxWorkbooks {

    private static final XSSFFactory PARTS = new Parts();

    private XlsxWorkbooks() {
    }

    static XSSFWorkbook create() {
        return new XSSFWorkbook(PARTS);
    }

    /** POI's part factory, except for the shared-strings part. */
    private static final class Parts extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (descriptor == XSSFRelation.SHARED_STRINGS) {
                return new PlainKeyedStrings();
            }
            return super.newDocumentPart(descriptor);
        }
    }

    /** A shared-strings table keyed by the text of plain strings. */
    static final class PlainKeyedStrings extends SharedStringsTable {
        /** Starts every plain key; no serialised XML starts with it. */
        private static final char PLAIN = '\u0001';

        @Override
        protected String xmlText(CTRst st) {
            if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
                return PLAIN + st.getT();
            }
            return super.xmlText(st);
        }
    }
}
