package budget.audit.ingest.text;

import budget.audit.ingest.InputException;
import budget.audit.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDocumentReaderTest {

    private static final String TEXT = "某某局2023年部门预算\r\n\r\n收入预算１，２００万元，比上年减少5万元。\n合计\t1,200.00\rEnd";
    private final TextDocumentReader reader = new TextDocumentReader();

    private SourceDocument read(byte[] bytes) throws InputException {
        return reader.read(Path.of("dir", "filing.txt"), bytes, "abc");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void assertLines(SourceDocument doc) {
        assertEquals("filing.txt", doc.fileName());
        assertEquals("abc", doc.sha256());
        assertEquals("TEXT", doc.format());
        assertEquals(5, doc.lines().size());
        assertEquals(1, doc.lines().get(0).number());
        assertEquals("某某局2023年部门预算", doc.lines().get(0).text());
        assertEquals("", doc.lines().get(1).text());
        assertEquals(3, doc.lines().get(2).number());
        assertEquals("收入预算1200万元，比上年减少5万元。", doc.lines().get(2).text());
        assertEquals("收入预算１，２００万元，比上年减少5万元。", doc.lines().get(2).original());
        assertEquals("合计\t1200.00", doc.lines().get(3).text());
        assertEquals(5, doc.lines().get(4).number());
        assertEquals("End", doc.lines().get(4).text());
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        SourceDocument doc = read(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", doc.encoding());
        assertLines(doc);
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        SourceDocument doc = read(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8", doc.encoding());
        assertLines(doc);
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        SourceDocument le = read(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", le.encoding());
        assertLines(le);
        SourceDocument be = read(concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16BE", be.encoding());
        assertLines(be);
    }

    @Test
    void readsGb18030AndGbk() throws Exception {
        SourceDocument gb = read(TEXT.getBytes("GB18030"));
        assertEquals("GB18030", gb.encoding());
        assertLines(gb);
        SourceDocument gbk = read(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", gbk.encoding());
        assertLines(gbk);
    }

    @Test
    void rejectsEmptyAndWhitespaceOnly() {
        InputException empty = assertThrows(InputException.class, () -> read(new byte[0]));
        assertEquals("文件为空", empty.reason());
        assertEquals("filing.txt", empty.fileName());
        InputException blank = assertThrows(InputException.class,
                () -> read(" \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("文件为空", blank.reason());
    }

    @Test
    void rejectsBinaryContent() {
        byte[] withNul = concat("预算".getBytes(StandardCharsets.UTF_8), new byte[]{0, 1, 2, 3});
        InputException e = assertThrows(InputException.class, () -> read(withNul));
        assertEquals("不是文本文件（包含二进制内容）", e.reason());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x07 : 'a');
        }
        assertEquals("不是文本文件（包含二进制内容）", assertThrows(InputException.class, () -> read(controls)).reason());
    }

    @Test
    void rejectsUndecodableBytesWithAClearReason() {
        byte[] junk = new byte[64];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + (i % 2 == 0 ? 0x7F : 0x00)); // 0xFF 0x80 ... invalid in UTF-8 and GB18030
        }
        InputException e = assertThrows(InputException.class, () -> read(junk));
        assertEquals("无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK 中文文本）", e.reason());
    }

    @Test
    void splitsAllLineEndings() {
        assertEquals(java.util.List.of("a", "b", "", "c"), TextDocumentReader.splitLines("a\r\nb\r\rc\n"));
        assertEquals(java.util.List.of("", "x"), TextDocumentReader.splitLines("\nx"));
    }
}
