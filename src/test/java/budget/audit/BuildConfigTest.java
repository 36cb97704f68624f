package budget.audit;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build log stays clean (issue 11, item 6): a second build must not shade the shaded jar into itself, and the
 * files every dependency carries (manifest, licence, notice) must not be reported as "overlapping".
 */
class BuildConfigTest {

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if (artifactId.equals(p.getElementsByTagName("artifactId").item(0).getTextContent().trim())) {
                return p;
            }
        }
        throw new AssertionError("no plugin " + artifactId);
    }

    private static List<String> texts(Element e, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = e.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    @Test
    void shadeDoesNotReshadeItsOwnJarNorWarnAboutSharedResources() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        assertEquals(List.of("true"), texts(plugin(pom, "maven-jar-plugin"), "forceCreation"),
                "the thin jar must be rebuilt every time, or shade finds its own output up to date");
        Element shade = plugin(pom, "maven-shade-plugin");
        assertTrue(texts(shade, "exclude").contains("META-INF/MANIFEST.MF"));
        List<String> merged = texts(shade, "resource");
        for (String r : List.of("META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/NOTICE", "META-INF/NOTICE.txt",
                "META-INF/DEPENDENCIES")) {
            assertTrue(merged.contains(r), r + " is not merged");
        }
    }
}
