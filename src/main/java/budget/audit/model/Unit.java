package budget.audit.model;

import java.math.BigDecimal;

/** Unit an amount is written in. Money units know their power of ten relative to 元. */
public enum Unit {
    YUAN("元", 0),
    WAN_YUAN("万元", 4),
    YI_YUAN("亿元", 8),
    PERCENT("%", -1),
    VEHICLE("辆", -1),
    ITEM("个", -1);

    private final String symbol;
    private final int powerOfTen;

    Unit(String symbol, int powerOfTen) {
        this.symbol = symbol;
        this.powerOfTen = powerOfTen;
    }

    /** The unit as printed in Chinese, e.g. 万元. */
    public String symbol() {
        return symbol;
    }

    public boolean isMoney() {
        return powerOfTen >= 0;
    }

    /** Power of ten of one unit expressed in 元 (元 = 0, 万元 = 4, 亿元 = 8). Only for money units. */
    public int powerOfTen() {
        if (!isMoney()) {
            throw new IllegalStateException(this + " is not a money unit");
        }
        return powerOfTen;
    }

    /** Factor that converts a value in this unit into 元. */
    public BigDecimal toYuanFactor() {
        return BigDecimal.ONE.scaleByPowerOfTen(powerOfTen());
    }

    /** Parses a printed unit (元, 万元, 亿元, %, 辆, 个); null when it is none of those. */
    public static Unit fromSymbol(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (Unit u : values()) {
            if (u.symbol.equals(t)) {
                return u;
            }
        }
        return switch (t) {
            case "％" -> PERCENT;
            case "万" -> WAN_YUAN;
            case "亿" -> YI_YUAN;
            default -> null;
        };
    }
}
