import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Opens every report a batch wrote; prints counts and exits 1 when anything is missing or unreadable. */
public class CheckReports {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int expected = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<Path> states;
        try (Stream<Path> s = Files.walk(out)) {
            states = s.filter(p -> p.getFileName().toString().endsWith(".audit-state.json")).toList();
        }
        int pdf = 0, xlsx = 0, js = 0, bad = 0;
        for (Path state : states) {
            JsonNode st = json.readTree(state.toFile());
            for (JsonNode r : st.get("reports")) {
                Path p = out.resolve(r.asText());
                try {
                    if (p.toString().endsWith(".pdf")) {
                        try (PDDocument d = Loader.loadPDF(p.toFile())) { if (d.getNumberOfPages() < 1) throw new IllegalStateException(); }
                        pdf++;
                    } else if (p.toString().endsWith(".xlsx")) {
                        try (XSSFWorkbook w = new XSSFWorkbook(Files.newInputStream(p))) { w.getSheetAt(0); }
                        xlsx++;
                    } else {
                        json.readTree(p.toFile());
                        js++;
                    }
                } catch (Exception e) {
                    bad++;
                    System.out.println("BAD " + p + ": " + e);
                }
            }
        }
        long parts;
        try (Stream<Path> s = Files.walk(out)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).count();
        }
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        int audited = summary.at("/totals/audited").asInt();
        int errors = summary.at("/totals/inputErrors").asInt();
        System.out.printf("manifests %d, opened PDF %d, XLSX %d, JSON %d, unreadable %d, temp files %d; summary: audited %d + input errors %d of %d%n",
                states.size(), pdf, xlsx, js, bad, parts, audited, errors, expected);
        boolean ok = bad == 0 && parts == 0 && pdf == states.size() && xlsx == states.size() && js == states.size()
                && audited + errors == expected && states.size() == audited;
        System.out.println(ok ? "OK: every report set is complete and opens" : "FAILED");
        System.exit(ok ? 0 : 1);
    }
}
