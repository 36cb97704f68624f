package budget.audit.batch;

/** What a batch tells about its progress (the CLI draws a bar or prints lines). Called from worker threads. */
public interface BatchProgress {

    enum Done { AUDITED, RESUMED, INPUT_ERROR }

    default void started(int total) {
    }

    default void filingDone(Done kind, FilingRow row, InputErrorRow error) {
    }

    default void finished() {
    }

    BatchProgress NONE = new BatchProgress() {
    };
}
