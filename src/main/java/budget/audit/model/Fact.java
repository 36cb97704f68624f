package budget.audit.model;

import java.util.Objects;

/**
 * One quantity stated in the filing.
 *
 * @param key     what quantity it is, one of {@link FactKeys} (e.g. {@code sangong.total})
 * @param label   the name as written when the key is a family (a 功能分类 类 name, an income source, a
 *                机关运行经费 item); otherwise the key's usual Chinese name
 * @param amount  the value; null when {@code status} is UNREADABLE
 * @param origin  PROSE or TABLE
 * @param source  where it was read
 */
public record Fact(String key, String label, Amount amount, FactStatus status, Origin origin, Provenance source) {

    public enum Origin { PROSE, TABLE }

    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
        if (status == FactStatus.READ) {
            Objects.requireNonNull(amount, "amount of a READ fact");
        }
    }

    public static Fact prose(String key, String label, Amount amount, Provenance source) {
        return new Fact(key, label, amount, FactStatus.READ, Origin.PROSE, source);
    }

    public static Fact unreadable(String key, String label, Provenance source) {
        return new Fact(key, label, null, FactStatus.UNREADABLE, Origin.PROSE, source);
    }

    public boolean readable() {
        return status == FactStatus.READ;
    }
}
