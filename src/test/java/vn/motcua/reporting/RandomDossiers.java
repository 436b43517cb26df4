package vn.motcua.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random dossiers for the differential tests: channels, receipts, dues, finishes, withdrawals, stops,
 * dossiers never received; instants often on the boundaries (midnight, a second before, 23:59, the
 * due instant, a second after).
 */
final class RandomDossiers {

    static final String[] ACTIVE = { "PROCESSING", "PAUSED", "AWAITING_PAYMENT", "SUPPLEMENT_REQUESTED" };
    static final String[] DONE = { "RESOLVED", "RETURNED", "RESOLVED", "RETURNED", "WITHDRAWN", "STOPPED" };
    static final String[] ONLINE_LEVELS = { "FULL", "PARTIAL", "NONE" };

    private final Random random;
    private final ZoneId zone;
    private final LocalDate day0;

    RandomDossiers(Random random, ZoneId zone, LocalDate day0) {
        this.random = random;
        this.zone = zone;
        this.day0 = day0;
    }

    /** {@code n} dossiers of the run's agencies, procedures {@code <run>P0..2} and fields {@code <run>F0..1}. */
    List<ReportFixtures.Seed> dossiers(int n, String run, List<ReportFixtures.Agency> agencies) {
        return dossiers(n, run, agencies, List.of());
    }

    /** The same, two thirds of them received at one of {@code deskIds} (when there are any). */
    List<ReportFixtures.Seed> dossiers(int n, String run, List<ReportFixtures.Agency> agencies, List<Long> deskIds) {
        List<ReportFixtures.Seed> seeds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var agency = agencies.get(random.nextInt(agencies.size()));
            Instant received = random.nextInt(12) == 0 ? null : instantOn(day0.plusDays(random.nextInt(300)));
            Instant due = received == null ? null : due(received);
            String status;
            Instant finished;
            if (received == null) {
                status = pick(new String[] { "SUBMITTED", "INTAKE_REFUSED", "WITHDRAWN", "SUPPLEMENT_REQUESTED" });
                finished = status.equals("INTAKE_REFUSED") || status.equals("WITHDRAWN")
                        ? instantOn(day0.plusDays(random.nextInt(300))) : null;
            } else if (random.nextInt(5) < 2) {
                status = pick(ACTIVE);
                finished = null;
            } else {
                status = pick(DONE);
                finished = finish(received, due);
            }
            seeds.add(new ReportFixtures.Seed(run + "-" + i, agency.id(), agency.code(), agency.level().name(),
                    run + "P" + random.nextInt(3), random.nextInt(4) == 0 ? null : run + "F" + random.nextInt(2),
                    pick(ONLINE_LEVELS), pick(new String[] { "ONLINE", "DIRECT", "POSTAL" }), status, received,
                    due, finished, deskIds.isEmpty() || random.nextInt(3) == 0 ? null
                            : deskIds.get(random.nextInt(deskIds.size()))));
        }
        return seeds;
    }

    /** An instant on a local day, often on a boundary: midnight, a second before it, 23:59, 17:00. */
    Instant instantOn(LocalDate day) {
        return switch (random.nextInt(6)) {
            case 0 -> day.atStartOfDay(zone).toInstant();
            case 1 -> day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
            case 2 -> day.atTime(23, 59).atZone(zone).toInstant();
            case 3 -> day.atTime(17, 0).atZone(zone).toInstant();
            default -> day.atTime(LocalTime.ofSecondOfDay(random.nextInt(86400))).atZone(zone).toInstant();
        };
    }

    Instant due(Instant received) {
        LocalDate day = received.atZone(zone).toLocalDate().plusDays(random.nextInt(25));
        return random.nextInt(4) == 0 ? received.plus(Duration.ofHours(random.nextInt(48)))
                : instantOn(day).isBefore(received) ? received : instantOn(day);
    }

    Instant finish(Instant received, Instant due) {
        Instant f = switch (random.nextInt(6)) {
            case 0 -> due;
            case 1 -> due.minusSeconds(1);
            case 2 -> due.plusSeconds(1);
            case 3 -> due.atZone(zone).toLocalDate().atTime(8, 0).atZone(zone).toInstant();
            default -> instantOn(received.atZone(zone).toLocalDate().plusDays(random.nextInt(40)));
        };
        return f.isBefore(received) ? received : f;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
