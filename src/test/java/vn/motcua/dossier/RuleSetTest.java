package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule set in force at receipt (REGULATIONS.md §0): NĐ 118/2025 from 1/7/2025 in Hà Nội time. */
class RuleSetTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theBoundaryIsMidnightOfTheFirstOfJuly2025LocalTime() {
        assertThat(RuleSet.inForceAt(Instant.parse("2025-06-30T16:59:59Z"), HANOI)).isEqualTo(RuleSet.RULES_2018);
        assertThat(RuleSet.inForceAt(Instant.parse("2025-06-30T17:00:00Z"), HANOI)).isEqualTo(RuleSet.RULES_2025);
        assertThat(RuleSet.inForceAt(Instant.parse("2019-03-01T02:00:00Z"), HANOI)).isEqualTo(RuleSet.RULES_2018);
        assertThat(RuleSet.inForceAt(Instant.parse("2026-12-04T02:00:00Z"), HANOI)).isEqualTo(RuleSet.RULES_2025);
    }
}
