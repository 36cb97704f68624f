package budget.audit.hardening;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fuzzer outside JUnit: {@code java -cp <test classpath> budget.audit.hardening.FuzzMain [count] [seed]}, run
 * from the project root. Prints the summary and each crash's stack trace; exit code 1 when anything crashed.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : FuzzTest.DEFAULT_SEED;
        Path dir = Files.createTempDirectory("budget-audit-fuzz-");
        FuzzHarness.Report report = new FuzzHarness(seed, dir).run(count);
        System.out.print(report.summary());
        report.crashes().values().stream().filter(c -> c.example() != null).forEach(c -> {
            System.out.println("---- " + c.signature() + " (" + c.firstInput() + ")");
            c.example().printStackTrace(System.out);
        });
        System.exit(report.crashes().isEmpty() ? 0 : 1);
    }
}
