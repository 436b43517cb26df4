package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The numbers of one row (or the totals) of the resolution report, as DESIGN.md §5 defines them.
 * Rates are percentages with two decimals (HALF_UP), null when the denominator is zero: a rate of
 * nothing is not 0 % nor 100 %.
 */
public record ResolutionCounts(long received, long receivedOnline, long receivedDirect, long receivedPostal,
        long carriedOver, long toHandle, long resolved, long resolvedEarly, long resolvedOnTime, long resolvedLate,
        long withdrawn, long inProgress, long inProgressWithinTime, long inProgressOverdue, BigDecimal onTimeRate,
        BigDecimal onlineRate) {

    public static final ResolutionCounts ZERO = of(new long[Cell.values().length]);

    /** From one count per {@link Cell}, in the enum's order. */
    public static ResolutionCounts of(long[] c) {
        return new ResolutionCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11],
                c[12], c[13], rate(c[7] + c[8], c[6]), rate(c[1], c[0]));
    }

    public long get(Cell cell) {
        return switch (cell) {
            case RECEIVED -> received;
            case RECEIVED_ONLINE -> receivedOnline;
            case RECEIVED_DIRECT -> receivedDirect;
            case RECEIVED_POSTAL -> receivedPostal;
            case CARRIED_OVER -> carriedOver;
            case TO_HANDLE -> toHandle;
            case RESOLVED -> resolved;
            case RESOLVED_EARLY -> resolvedEarly;
            case RESOLVED_ON_TIME -> resolvedOnTime;
            case RESOLVED_LATE -> resolvedLate;
            case WITHDRAWN -> withdrawn;
            case IN_PROGRESS -> inProgress;
            case IN_PROGRESS_WITHIN_TIME -> inProgressWithinTime;
            case IN_PROGRESS_OVERDUE -> inProgressOverdue;
        };
    }

    public ResolutionCounts plus(ResolutionCounts other) {
        long[] sum = new long[Cell.values().length];
        for (Cell cell : Cell.values()) {
            sum[cell.ordinal()] = get(cell) + other.get(cell);
        }
        return of(sum);
    }

    /** {@code part / whole} as a percentage with two decimals, or null when {@code whole} is zero. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
