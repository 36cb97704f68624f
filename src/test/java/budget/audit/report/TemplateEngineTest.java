package budget.audit.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateEngineTest {

    @Test
    void overrideFolderFirstThenClasspath() {
        TemplateEngine withOverride = ReportFixture.engine();
        assertTrue(withOverride.exists("messages/XA001.ftl"));
        assertTrue(withOverride.exists("report.ftlx"), "falls through to the classpath");
        assertFalse(TemplateEngine.classpath().exists("messages/XA001.ftl"));
        assertTrue(TemplateEngine.classpath().exists(MessageRenderer.DEFAULT_TEMPLATE));
    }

    @Test
    void engineIsCachedPerFolder() {
        assertSame(ReportFixture.engine(), TemplateEngine.of(Path.of("src/test/resources/report-test-templates/.")));
        assertSame(TemplateEngine.classpath(), TemplateEngine.of(null));
    }

    @Test
    void missingFolderOrTemplateIsAChineseError() {
        var e = assertThrows(TemplateEngine.TemplateFailure.class, () -> TemplateEngine.of(Path.of("no-such-dir-xyz")));
        assertTrue(e.getMessage().startsWith("模板目录不存在"), e.getMessage());
        var m = assertThrows(TemplateEngine.TemplateFailure.class, () -> TemplateEngine.classpath().render("nope.ftl", Map.of()));
        assertEquals("缺少模板：nope.ftl", m.getMessage());
    }

    @Test
    void labelsComeFromTheTemplate() {
        Labels labels = Labels.load(TemplateEngine.classpath());
        assertEquals("问题清单", labels.get("xlsx.sheet.findings"));
        assertEquals("不通过", labels.code("outcome", "FAIL"));
        assertEquals("unknown.key", labels.get("unknown.key"));
        assertEquals("a=b", Labels.parse("# c\nk = a=b\n").get("k"));
    }

    @Test
    void registryByFormatName() {
        Renderers renderers = Renderers.standard(TemplateEngine.classpath());
        assertEquals(List.of("pdf", "xlsx", "json", "docx", "annotated"), renderers.formats());
        assertTrue(renderers.findSource("annotated").isPresent() && renderers.find("annotated").isEmpty());
        assertEquals("xlsx", renderers.get("XLSX").format());
        var e = assertThrows(IllegalArgumentException.class, () -> renderers.get("doc"));
        assertEquals("不支持的报告格式：doc（可选：pdf、xlsx、json、docx、annotated）", e.getMessage());
    }
}
