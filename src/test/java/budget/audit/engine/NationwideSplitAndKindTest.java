package budget.audit.engine;

import budget.audit.ingest.InputException;
import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 points 4 and 7 on the real nationwide filings: 决算 filings get no budget-rule finding and say so; the
 * two split filings audited as one keep only the completeness findings verified on their pages; a tables half
 * alone gets no completeness ERROR or WARNING. Skips when ../shared/nationwide is absent.
 */
class NationwideSplitAndKindTest {

    @TempDir
    Path out;

    private static Path nationwide(String name) {
        Optional<Path> root = SharedMaterial.root();
        SharedMaterial.assume(root.isPresent(), "../shared not present");
        Path file = root.get().resolve("nationwide").resolve(name);
        SharedMaterial.assume(Files.isRegularFile(file), name + " not present");
        return file;
    }

    private JsonNode merged(String a, String b) throws InputException {
        FilingAuditor auditor = Pipeline.create(Audits.settings(out, "json")).auditor();
        AuditResult result = auditor.audit(List.of(nationwide(a), nationwide(b)));
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(result.report());
    }

    /** "WZ009 p7 beijing-audit-2026-budget-tables.pdf" for each ERROR/WARNING of the WZ rules. */
    private static List<String> wz(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            String sev = f.get("severity").asText();
            if (f.get("rule").asText().startsWith("WZ") && (sev.equals("ERROR") || sev.equals("WARNING"))) {
                JsonNode e = f.get("evidence").get(0);
                out.add(f.get("rule").asText() + " p" + (e == null ? "-" : e.get("page").asText()) + " "
                        + (e == null ? "-" : e.get("file").asText()));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"foshan-rail-transit-2019-final-accounts.pdf", "central-letters-visits-2024-final-accounts.pdf"})
    void finalAccountsGetNoBudgetRuleFinding(String name) throws Exception {
        JsonNode r = Audits.json(Audits.audit(nationwide(name), out, "json"));
        assertEquals("FINAL_ACCOUNTS", r.at("/filing/documentKind").asText());
        // issue 13: the 决算 rules (JS…) run; no budget rule does, and none reports anything
        for (JsonNode f : r.get("findings")) {
            assertTrue(f.get("rule").asText().startsWith("JS"), f.toString());
        }
        for (JsonNode rule : r.get("rules")) {
            if (!rule.get("id").asText().startsWith("JS")) {
                assertEquals("NOT_APPLICABLE", rule.get("outcome").asText(), rule.get("id").asText());
            }
        }
        assertTrue(r.get("scope").get(0).asText().contains("预算规则未适用于决算公开"));
        // its tables are checked by the 决算 rules now
        assertTrue(r.at("/coverage/tables").size() > 0);
    }

    @Test
    void beijingAsOneFiling() throws Exception {
        JsonNode r = merged("beijing-audit-2026-budget-tables.pdf", "beijing-audit-2026-budget-narrative.pdf");
        assertEquals("COMPLETE", r.at("/filing/content").asText());
        assertEquals("北京市审计局", r.at("/filing/department").asText());
        assertEquals(2026, r.at("/filing/year").asInt());
        assertEquals("beijing-audit-2026-budget-narrative.pdf", r.at("/sources/0/file").asText());
        assertEquals("beijing-audit-2026-budget-tables.pdf", r.at("/sources/1/file").asText());
        // 报表 pp7-8 (预算07表 政府性基金预算支出表, 预算08表 国有资本经营预算支出表) are empty with no note on the
        // page, and the 情况说明 only states 政府性基金/国有资本经营预算拨款收入0万元 (narrative p6): real
        assertEquals(List.of("WZ009 p7 beijing-audit-2026-budget-tables.pdf",
                "WZ009 p8 beijing-audit-2026-budget-tables.pdf"), wz(r));
        // 情况说明 p8 explains the 三公 total 244.85万元 and 因公出国（境）费用 173.52万元, 公务接待费 6万元, 公务用车
        assertEquals("PASS", Audits.rule(r, "WZ001").get("outcome").asText());
    }

    @Test
    void jiangsuNpcOfficeAsOneFiling() throws Exception {
        JsonNode r = merged("jiangsu-npc-office-2019-budget-narrative.pdf", "jiangsu-npc-office-2019-budget-tables.pdf");
        assertEquals("COMPLETE", r.at("/filing/content").asText());
        // narrative p14 三公 explained; p15 政府采购 2416.43万元 = 货物233.1 + 服务2183.33 (no 工程: nil, not missing)
        assertEquals(List.of(), wz(r));
        assertEquals("PASS", Audits.rule(r, "WZ003").get("outcome").asText());
    }

    /**
     * The completeness findings left on single-file budgets, each verified on the page. Gone, because the
     * document has what was asked: hangzhou p4 "与上年基本持平" (WZ007), p14 "表1：2026年市级部门收支预算总表"
     * printed (WZ011), pp22-23 the "**  1 2 3" column-number row is no figure (WZ009); jiangsu-procuratorate p20
     * "此表为空"; suzhou p20 / wuxi p22 栏次 rows; guangzhou 表2/表3 read as unknown kinds (WZ011 not sure);
     * jiangsu-high-court p14 “三公”经费 table (公开09表) printed, p23 三公 and p24 政府采购 explained; xian-audit
     * p31 empty 表9 explained in its prose (p16 八、"本部门无当年政府性基金预算收支，并已公开空表").
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "hangzhou-meteorology-2026-budget.pdf|",
            "jiangsu-procuratorate-2019-budget.pdf|",
            "suzhou-audit-2026-budget.pdf|",
            "wuxi-statistics-2026-budget.pdf|",
            "guangzhou-statistics-2026-budget.pdf|",
            "jiangsu-high-court-2019-budget.pdf|",
            "central-letters-visits-2026-budget.pdf|",
            "shenzhen-statistics-2026-budget.pdf|",
            // p44 表16 专项资金总体绩效目标表 is a blank form, explained by the filing's own 报表目录 (p21:
            // "表16 专项资金总体绩效目标表 是 不涉及" under 是否空表 / 表格为空的理由)
            "xian-audit-2026-budget.pdf|"})
    void completenessFindingsOnSingleFilings(String name, String expected) throws Exception {
        JsonNode r = Audits.json(Audits.audit(nationwide(name), out, "json"));
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), wz(r));
    }

    @Test
    void aTablesHalfAloneGetsNoCompletenessErrorOrWarningForTheNarrative() throws Exception {
        JsonNode r = Audits.json(Audits.audit(nationwide("xian-work-safety-2019-budget-tables.pdf"), out, "json"));
        assertEquals("TABLES_ONLY", r.at("/filing/content").asText());
        for (String s : wz(r)) {
            // only WZ011 may remain: a standard table missing from the 报表 themselves
            assertTrue(s.startsWith("WZ011"), s);
        }
        for (String id : List.of("WZ001", "WZ002", "WZ003", "WZ004", "WZ006", "WZ008")) {
            assertEquals("NOT_APPLICABLE", Audits.rule(r, id).get("outcome").asText(), id);
        }
    }
}
