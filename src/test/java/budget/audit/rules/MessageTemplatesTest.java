package budget.audit.rules;

import budget.audit.model.Amount;
import budget.audit.model.FactKeys;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.impl.Sg001SangongTotal;
import budget.audit.rules.impl.Sr002IncomeEqualsExpenditure;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders every message template for every outcome, as the report package will, to catch syntax errors. */
class MessageTemplatesTest {

    private static Configuration configuration() throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(new File("templates"));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        return cfg;
    }

    private static String render(Check check) throws IOException, TemplateException {
        Template template = configuration().getTemplate("messages/" + check.messageKey() + ".ftl");
        StringWriter out = new StringWriter();
        template.process(MessageModel.of(check), out);
        return out.toString().strip();
    }

    private static final Map<String, Object> ALL_ARGS = Map.of("origin", "说明文字", "partNames", "甲、乙",
            "parts", "甲1万元、乙2万元", "missing", "乙", "reason", "乙的金额无法识读", "other", "3万元", "items", "津贴补贴");

    @Test
    void everyTemplateRendersEveryOutcomeWithAndWithoutArgs() throws Exception {
        for (RuleSpec spec : RuleCatalogue.builtIn().specs()) {
            for (Outcome outcome : Outcome.values()) {
                for (Map<String, Object> args : List.of(ALL_ARGS, Map.<String, Object>of())) {
                    Check check = new Check(spec.id(), outcome, "主题", Amount.of("3.5", Unit.WAN_YUAN),
                            new BigDecimal("3.0"), new BigDecimal("0.5"), Unit.WAN_YUAN, spec.id(), args, List.of());
                    String text = render(check);
                    String where = spec.id() + " " + outcome + " " + args.keySet();
                    assertFalse(text.isBlank(), where);
                    assertFalse(text.contains("${") || text.contains("<#") || text.contains("<@"), where + ": " + text);
                    assertTrue(text.endsWith("。"), where + ": " + text);
                }
            }
        }
    }

    @Test
    void placeholderChecksRender() throws Exception {
        Check empty = new Check("JY004", Outcome.INSUFFICIENT_DATA, "机关运行经费应列明构成", null, null, null, null,
                "JY004", Map.of("reason", "规则执行时发生内部错误，未能完成核对"), List.of());
        assertEquals("机关运行经费应列明构成：规则执行时发生内部错误，未能完成核对，无法核对。", render(empty));
    }

    @Test
    void sangongFailureReadsAsExpected() throws Exception {
        Check check = single(new Sg001SangongTotal(), filing().prose(FactKeys.SANGONG_TOTAL, "12.40", WAN_YUAN)
                .prose(FactKeys.SANGONG_ABROAD, "3.00", WAN_YUAN).prose(FactKeys.SANGONG_VEHICLE, "6.50", WAN_YUAN)
                .prose(FactKeys.SANGONG_RECEPTION, "2.40", WAN_YUAN).build());
        assertEquals("说明文字所列“三公”经费合计12.40万元，而因公出国（境）费、公务用车购置及运行费、公务接待费之和为11.90万元，"
                + "相差0.50万元。", render(check));
    }

    @Test
    void missingPartReadsAsNotApplicable() throws Exception {
        Check check = single(new Sg001SangongTotal(), filing().prose(FactKeys.SANGONG_TOTAL, "7.2", WAN_YUAN)
                .prose(FactKeys.SANGONG_ABROAD, "0", WAN_YUAN).prose(FactKeys.SANGONG_VEHICLE, "7.2", WAN_YUAN).build());
        assertEquals("“三公”经费合计（说明文字）：文件未载明公务接待费，本项不适用。", render(check));
    }

    @Test
    void incomeGapStatesTheSubtraction() throws Exception {
        Check check = single(new Sr002IncomeEqualsExpenditure(), filing().prose(FactKeys.INCOME_TOTAL, "29318", WAN_YUAN)
                .prose(FactKeys.EXPENDITURE_TOTAL, "22002.1", WAN_YUAN).build());
        assertEquals("说明文字所列收入合计29318万元，支出合计22002.1万元，收支不平衡：29318 − 22002.1 = 7315.9万元。",
                render(check));
    }
}
