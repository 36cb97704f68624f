package budget.audit.ingest.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void dropsThousandsSeparatorsInsideNumbers() {
        assertEquals("合计4862.7万元", TextNormalizer.normalize("合计4,862.7万元"));
        assertEquals("合计4862.7万元", TextNormalizer.normalize("合计4，862.7万元"));
        assertEquals("2246.51", TextNormalizer.normalize("2,246.51"));
        assertEquals("6102535.08", TextNormalizer.normalize("6,102,535.08"));
        assertEquals("1234567元", TextNormalizer.normalize("1,234,567元"));
    }

    @Test
    void keepsClauseCommasAndListsOfNumbers() {
        assertEquals("收入100万元，支出50万元", TextNormalizer.normalize("收入100万元，支出50万元"));
        assertEquals("1，2，3", TextNormalizer.normalize("1，2，3"));
        assertEquals("12,3456", TextNormalizer.normalize("12,3456"));
        assertEquals("2023年，本部门", TextNormalizer.normalize("2023年，本部门"));
        assertEquals("1.5,000", TextNormalizer.normalize("1.5,000"));
    }

    @Test
    void foldsFullWidthDigitsLettersAndNumberPunctuation() {
        assertEquals("预算123.45万元，占12%", TextNormalizer.normalize("预算１２３．４５万元，占１２％"));
        assertEquals("ABCxyz", TextNormalizer.normalize("ＡＢＣｘｙｚ"));
        assertEquals("10:30", TextNormalizer.normalize("１０：３０"));
        assertEquals("减少-2.8", TextNormalizer.normalize("减少－２．８"));
        assertEquals("-5", TextNormalizer.normalize("－5"));
    }

    @Test
    void keepsChinesePunctuationOfProse() {
        String prose = "其中：因公出国（境）费“三公”、公务接待费。";
        assertEquals(prose, TextNormalizer.normalize(prose));
        assertEquals("1．", TextNormalizer.normalize("1．"), "a numbering full stop not followed by a digit stays");
        assertEquals("－以上", TextNormalizer.normalize("－以上"));
    }

    @Test
    void normalizesOddSpacesButKeepsTab() {
        assertEquals("a b c\td", TextNormalizer.normalize("a\u00A0b\u3000c\td"));
        assertEquals("合计\t2246.51\t646.51", TextNormalizer.normalize("合计\t2,246.51\t646.51"));
        assertEquals("ab", TextNormalizer.normalize("a\u200Bb"));
    }

    @Test
    void isTotalAndIdempotent() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(""));
        assertEquals(",", TextNormalizer.normalize(","));
        assertEquals("1,", TextNormalizer.normalize("1,"));
        String once = TextNormalizer.normalize("收入４，８６２．７万元，比上年增加１，０００万元");
        assertEquals("收入4862.7万元，比上年增加1000万元", once);
        assertEquals(once, TextNormalizer.normalize(once));
    }

    @Test
    void radicalCodePointsFromPdfFontsBecomeTheCharactersTheyShow() {
        // "部⻔" (U+2ED4 C-simplified gate) and "⽀出" (U+2F40 Kangxi branch), as some PDF fonts map them
        assertEquals("部门收支预算总表", TextNormalizer.normalize("部\u2ED4收\u2F40预算总表"));
        assertEquals("一般公共服务支出", TextNormalizer.normalize("\u2F00般公共服务\u2F40出"));
        assertEquals("车辆", TextNormalizer.normalize("\u2ECB辆"));
        // a radical that is only a component stays as it is
        assertEquals("\u2EC8", TextNormalizer.normalize("\u2EC8"));
    }
}
