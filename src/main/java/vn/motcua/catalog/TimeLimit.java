package vn.motcua.catalog;

import java.math.BigDecimal;

/**
 * A legal time limit or a process step's share of it: fractional working days or hours, or
 * “within the day”. Kept here rather than borrowed from {@code calendar} so the catalog stands
 * alone; the dossier module converts it to the calendar's working duration.
 */
public record TimeLimit(BigDecimal amount, Unit unit) {

    /** One working day is eight working hours (REGULATIONS.md §1). */
    public static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

    public enum Unit { WORKING_DAYS, WORKING_HOURS, WITHIN_DAY }

    public TimeLimit {
        amount = amount == null ? null : canonical(amount);
        if (unit == Unit.WITHIN_DAY && amount == null) {
            amount = BigDecimal.ZERO;
        }
    }

    public static TimeLimit days(String amount) {
        return new TimeLimit(new BigDecimal(amount), Unit.WORKING_DAYS);
    }

    public static TimeLimit hours(String amount) {
        return new TimeLimit(new BigDecimal(amount), Unit.WORKING_HOURS);
    }

    /** The limit in working hours; “within the day” counts as one working day. */
    public BigDecimal inHours() {
        if (unit == null || amount == null) {
            return BigDecimal.ZERO;
        }
        return switch (unit) {
            case WORKING_DAYS -> amount.multiply(HOURS_PER_DAY);
            case WORKING_HOURS -> amount;
            case WITHIN_DAY -> HOURS_PER_DAY;
        };
    }

    /** 2, 2.0 and 2.00 are the same limit: one spelling keeps content hashes stable across formats. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
