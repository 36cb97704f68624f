package budget.audit.hardening;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fuzzer outside JUnit: {@code java -cp <test classpath> budget.audit.hardening.FuzzMain [count] [seed] [whole]},
 * run from the project root ({@code whole}: render PDF, XLSX and JSON too). Prints a progress line every 1,000
 * inputs, the summary and each crash's stack trace; exit code 1 when anything crashed.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : FuzzTest.DEFAULT_SEED;
        boolean whole = args.length > 2 && args[2].equals("whole");
        Path dir = Files.createTempDirectory("budget-audit-fuzz-");
        FuzzHarness.Report report = new FuzzHarness(seed, dir, whole).progress(System.out, 1000).run(count);
        System.out.print(report.summary());
        report.crashes().values().stream().filter(c -> c.example() != null).forEach(c -> {
            System.out.println("---- " + c.signature() + " (" + c.firstInput() + ")");
            c.example().printStackTrace(System.out);
        });
        System.exit(report.crashes().isEmpty() ? 0 : 1);
    }
}
