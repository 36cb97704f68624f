package budget.audit.hardening;

import budget.audit.engine.AuditResult;
import budget.audit.support.Audits;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One invalid byte in a UTF-8 filing: the filing is audited, the report says where the bad byte was, and the figure
 * it fell into is unreadable, never a different number (issue 12, item 9).
 */
class DamagedUtf8Test {

    @TempDir
    Path dir;

    private static final String BEFORE = "滨海市测试局2024年部门预算\n一、“三公”经费情况说明\n"
            + "2024年“三公”经费预算6.5万元，比2023年持平。其中：因公出国（境）费1.0万元，公务接待费2";
    private static final String AFTER = ".5万元，公务用车运行维护费3万元，公务用车购置费0万元。\n"
            + "二、名词解释\n“三公”经费：指因公出国（境）费、公务用车购置及运行费和公务接待费。\n";

    @Test
    void aFilingWithInvalidBytesIsAuditedAndTheDamageNoted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BEFORE.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);                          // inside "2.5万元"
        bytes.writeBytes(AFTER.getBytes(StandardCharsets.UTF_8));
        byte[] content = bytes.toByteArray();
        // a second bad byte inside the prose of line 5 (a truncated 3-byte sequence)
        int at = indexOf(content, "公务接待费。".getBytes(StandardCharsets.UTF_8));
        byte[] damaged = new byte[content.length + 2];
        System.arraycopy(content, 0, damaged, 0, at);
        damaged[at] = (byte) 0xE5;
        damaged[at + 1] = (byte) 0x85;
        System.arraycopy(content, at, damaged, at + 2, content.length - at);
        Path file = Files.write(dir.resolve("damaged.txt"), damaged);

        AuditResult result = Audits.audit(file, dir.resolve("out"));
        JsonNode json = Audits.json(result);
        JsonNode notRead = json.get("coverage").get("notRead");
        assertEquals(1, notRead.size(), notRead.toString());
        String note = notRead.get(0).asText();
        assertTrue(note.contains("2 处") && note.contains("第3行") && note.contains("第5行"), note);
        // the damaged 公务接待费 is unreadable: the 三公 sum cannot be checked, and is not reported as failing
        for (JsonNode f : json.get("findings")) {
            assertFalse(f.toString().contains("\uFFFD"), f.toString());
            assertFalse(f.get("message").asText().contains("公务接待费2万元")
                    || f.get("message").asText().contains("公务接待费5万元"), f.toString());
        }
        assertTrue(Audits.findings(json, "SG001").isEmpty(), json.get("findings").toString());
        assertEquals("INSUFFICIENT_DATA", Audits.rule(json, "SG001").get("outcome").asText());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
