package budget.audit.ingest.office;

import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A package part that inflates past POI's 100 MB cap (a 1 GiB sheet compressed 1000:1, as the issue found it) is a
 * compression bomb, not a damaged file (issue 12, item 14); the same failure in a non-ZIP file stays "damaged".
 */
class ZipBombMessageTest {

    private static final byte[] ZIP = {'P', 'K', 3, 4, 0, 0};

    @Test
    void aPartPastPoisSizeCapIsABomb() {
        Exception cause = new IOException("read failed", new RecordFormatException("Tried to allocate an array of "
                + "length 1,073,743,986, but the maximum length for this record type is 100,000,000."));
        assertEquals(OfficeFailures.ZIP_BOMB, OfficeFailures.damaged("a.xlsx", ZIP, "XLSX文件已损坏", cause).reason());
        assertEquals("XLS文件已损坏",
                OfficeFailures.damaged("a.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "XLS文件已损坏",
                        cause).reason());
    }
}
