package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant DUE = Instant.parse("2026-03-09T10:00:00Z"); // Monday 09/03 17:00 in Hà Nội

    @Test
    void finishedExactlyAtTheDueInstantIsOnTime() {
        assertThat(Timeliness.of(DUE, DUE, HANOI)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void finishedOnTheDueDateBeforeTheDueInstantIsOnTimeNotEarly() {
        assertThat(Timeliness.of(Instant.parse("2026-03-09T01:00:00Z"), DUE, HANOI)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void theLocalDateDecidesEarlyEvenAcrossUtcMidnight() {
        // 23:30 on Sunday 08/03 in Hà Nội (16:30 UTC): the day before the due date.
        assertThat(Timeliness.of(Instant.parse("2026-03-08T16:30:00Z"), DUE, HANOI)).isEqualTo(Timeliness.EARLY);
        // 00:30 on Monday 09/03 in Hà Nội is 17:30 UTC on Sunday: same local date as the due instant.
        assertThat(Timeliness.of(Instant.parse("2026-03-08T17:30:00Z"), DUE, HANOI)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void oneSecondAfterTheDueInstantIsLate() {
        assertThat(Timeliness.of(DUE.plusSeconds(1), DUE, HANOI)).isEqualTo(Timeliness.LATE);
    }
}
