package budget.audit.report.annotated;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cover list breaks Chinese text at any character, never before a closing punctuation mark. */
class CoverLineBreakTest {

    private static List<String> lines(String text, int perLine) {
        List<String> chars = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            chars.add(new String(Character.toChars(cp)));
            widths.add(10f);
        });
        return CoverPages.breakLines(chars, widths, perLine * 10f);
    }

    @Test
    void aCommaOrPeriodHangsInsteadOfStartingALine() {
        assertEquals(List.of("红色为错误、", "黄色为警告"), lines("红色为错误、黄色为警告", 5));
        assertEquals(List.of("未附空表说明。"), lines("未附空表说明。", 6));
        assertEquals(List.of("（如统一保障", "平台用车）。"), lines("（如统一保障平台用车）。", 6));
    }

    @Test
    void otherCharactersBreakWhereTheLineIsFull() {
        assertEquals(List.of("一二三四五", "六七八九十", "甲"), lines("一二三四五六七八九十甲", 5));
        assertEquals(List.of(""), lines("", 5));
    }
}
