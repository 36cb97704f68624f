package budget.audit.batch;

import budget.audit.bench.FilingGenerator;
import budget.audit.bench.GeneratedFiling;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes generated filings into a test folder and opens the files a batch writes. */
final class BatchFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private BatchFixtures() {
    }

    /** Writes filings {@code from..to} of the seed under {@code dir}; returns them. */
    static List<GeneratedFiling> generate(Path dir, long seed, int from, int to) throws IOException {
        FilingGenerator g = new FilingGenerator(seed);
        List<GeneratedFiling> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            GeneratedFiling f = g.generate(i);
            Path file = dir.resolve(f.path());
            Files.createDirectories(file.getParent());
            Files.write(file, f.content());
            out.add(f);
        }
        return out;
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .toList();
        }
    }

    static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1, file.toString());
            return new PDFTextStripper().getText(doc);
        }
    }

    static int sheetCount(Path xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            return wb.getNumberOfSheets();
        }
    }
}
