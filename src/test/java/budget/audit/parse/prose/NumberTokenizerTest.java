package budget.audit.parse.prose;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer finds exactly what the number-with-unit pattern it replaces found. */
class NumberTokenizerTest {

    /** The pattern MentionScanner used before (quadratic on long placeholder runs). */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\d.])(?:(?<num>\\d+(?:\\.\\d+)?)|(?<bad>[Xx×*＊?？_□■○…—]+|-+))(?<unit>万元|亿元|元|辆|个|%)");

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group("num") + ":" + m.group("unit"));
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        NumberTokenizer t = new NumberTokenizer(text);
        for (NumberTokenizer.Token k = t.next(); k != null; k = t.next()) {
            out.add(k.start() + "-" + k.end() + ":" + k.number() + ":" + k.unit());
        }
        return out;
    }

    @Test
    void examples() {
        for (String s : List.of("办公费12.5万元，XX万元、--元，5xx万元，12.x万元，1.2.3万元，x-万元，3辆，40%，12.万元",
                "……万元", "＊＊元", "7.5.万元", ".5万元", "a1万元", "万元1", "x", "")) {
            assertEquals(reference(s), tokens(s), s);
        }
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        String alphabet = "0123456789..xX-_—…*？?万元亿辆个%，。费a";
        SplittableRandom random = new SplittableRandom(12);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(14);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(reference(s), tokens(s), s);
        }
    }
}
