package budget.audit.hardening;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --pdfa} writes PDF/A-2b that veraPDF accepts; without it the PDF is not claimed to be PDF/A. */
class PdfaTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static ValidationResult validate(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
    }

    private static Path audit(String name, String... extra) {
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("audit",
                "samples/01-滨江区文化和旅游局-2024年部门预算.txt", "-o", out.toString(), "--format", "pdf",
                "--date", "2026-01-15"));
        args.addAll(java.util.List.of(extra));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.err());
        return out.resolve("01-滨江区文化和旅游局-2024年部门预算.pdf");
    }

    @Test
    void pdfaOptionWritesValidPdfA2b() throws Exception {
        Path pdf = audit("pdfa", "--pdfa");
        ValidationResult result = validate(pdf);
        assertTrue(result.isCompliant(), failures(result));
        String head = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(head.contains("<pdfaid:part>2</pdfaid:part>") || head.contains("pdfaid:part=\"2\""), "pdfaid part 2");
        assertTrue(head.contains("/OutputIntents"), "output intent");
    }

    @Test
    void plainPdfIsNotPdfA() throws Exception {
        Path pdf = audit("plain");
        assertFalse(validate(pdf).isCompliant());
    }

    @Test
    void pdfaOutputIsReproducible() throws Exception {
        byte[] first = Files.readAllBytes(audit("a1", "--pdfa"));
        byte[] second = Files.readAllBytes(audit("a2", "--pdfa"));
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(first)),
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(second)));
    }
}
