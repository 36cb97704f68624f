package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliHelpTest {

    @Test
    void everyCommandExplainsItselfAndListsExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"audit", "--help"}, {"rules", "--help"}}) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(0, r.exitCode(), String.join(" ", args));
            assertTrue(r.out().contains("退出码"), r.out());
            assertTrue(r.out().contains("2   用法错误"), r.out());
        }
        assertTrue(CliRunner.run("audit", "--help").out().contains("--fail-on"));
    }

    @Test
    void rulesListsTheCatalogueWithIdsAndChineseTitles() {
        CliRunner.Result r = CliRunner.run("rules");
        assertEquals(0, r.exitCode());
        for (String id : new String[] {"SG001", "SG002", "ZC001", "ZC002", "ZC003", "SR001", "SR002", "JY001", "JY002",
                "JY003", "JY004", "CG001"}) {
            assertTrue(r.out().contains(id), id);
        }
        assertTrue(r.out().contains("“三公”经费合计与分项之和一致"), r.out());
    }

    @Test
    void missingTemplateFolderIsAUsageError() {
        CliRunner.Result r = CliRunner.run("audit", "samples", "--templates", "no-such-dir", "-o", "target/never");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("错误：模板目录不存在"), r.err());
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRunner.Result r = CliRunner.run();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("请指定子命令"), r.err());
    }
}
