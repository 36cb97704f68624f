package budget.audit.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Decides the report date: an explicit date wins, then the SOURCE_DATE_EPOCH convention for reproducible builds,
 * then today's date (in China Standard Time, the reports' readers' calendar).
 */
public final class ReportDates {

    private ReportDates() {
    }

    public static LocalDate resolve(String explicit, String sourceDateEpoch, Instant now) {
        if (explicit != null && !explicit.isBlank()) {
            try {
                return LocalDate.parse(explicit.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("日期格式应为 YYYY-MM-DD：" + explicit);
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim())).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH 应为秒数：" + sourceDateEpoch);
            }
        }
        return now.atOffset(ZoneOffset.ofHours(8)).toLocalDate();
    }
}
