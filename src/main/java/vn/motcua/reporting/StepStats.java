package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import vn.motcua.dossier.StepPassage;

/**
 * The passages of one group (a step, a procedure or an agency) of the late analysis: their working
 * times, kept whole so the 90th percentile is exact, their allotments, and which were late.
 */
final class StepStats {

    private long[] worked = new long[16];
    private int count;
    private long workedSum;
    private long allottedSum;
    private long lostSum;
    private long latePassages;
    private final Set<String> lateDossiers = new HashSet<>();

    void add(StepPassage p) {
        if (count == worked.length) {
            worked = Arrays.copyOf(worked, count * 2);
        }
        long seconds = p.worked().toSeconds();
        long allotted = Math.max(0, p.allotted().toSeconds());
        worked[count++] = seconds;
        workedSum += seconds;
        allottedSum += allotted;
        lostSum += Math.max(0, seconds - allotted);
        if (p.late()) {
            latePassages++;
            lateDossiers.add(p.dossierCode());
        }
    }

    long passages() {
        return count;
    }

    long latePassages() {
        return latePassages;
    }

    long lateDossiers() {
        return lateDossiers.size();
    }

    long lostSeconds() {
        return lostSum;
    }

    BigDecimal averageHours() {
        return hours(BigDecimal.valueOf(workedSum).divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP));
    }

    BigDecimal allottedHours() {
        return hours(BigDecimal.valueOf(allottedSum).divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP));
    }

    BigDecimal lostHours() {
        return hours(BigDecimal.valueOf(lostSum));
    }

    /** Average working time over average allotment, null when nothing was allotted. */
    BigDecimal ratio() {
        return allottedSum == 0 ? null
                : BigDecimal.valueOf(workedSum).divide(BigDecimal.valueOf(allottedSum), 2, RoundingMode.HALF_UP);
    }

    /** The 90th percentile of the working times, in hours (see {@link #percentile}). */
    BigDecimal p90Hours() {
        return hours(percentile(Arrays.copyOf(worked, count), 0.9));
    }

    /**
     * The exact {@code q}-quantile of the values by linear interpolation between closest ranks (as SQL
     * {@code percentile_cont}): the value at rank {@code q·(n−1)} of the sorted values.
     */
    static BigDecimal percentile(long[] values, double q) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        BigDecimal rank = BigDecimal.valueOf(q).multiply(BigDecimal.valueOf(sorted.length - 1));
        int low = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(low));
        BigDecimal base = BigDecimal.valueOf(sorted[low]);
        if (low + 1 >= sorted.length || fraction.signum() == 0) {
            return base;
        }
        return base.add(fraction.multiply(BigDecimal.valueOf(sorted[low + 1] - sorted[low])));
    }

    private static BigDecimal hours(BigDecimal seconds) {
        return seconds.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
