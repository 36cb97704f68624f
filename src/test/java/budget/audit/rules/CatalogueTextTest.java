package budget.audit.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 11, item 6: the rule texts have no stray ASCII space after Chinese punctuation (YAML line folding). */
class CatalogueTextTest {

    private static final Pattern STRAY = Pattern.compile("[，。；：、（）“”‘’！？《》]\\x20+(?!\\|)\\S{0,6}");

    @Test
    void noAsciiSpaceAfterChinesePunctuation() {
        String text = CatalogueFormats.render(RuleCatalogue.builtIn().specs(), "md");
        List<String> found = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = STRAY.matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
        }
        assertEquals(List.of(), found);
    }
}
