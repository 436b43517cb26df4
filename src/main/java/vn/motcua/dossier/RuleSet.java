package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The rule set (and form set) a dossier is judged by: the one in force when it was received
 * (REGULATIONS.md §0). Until 30/6/2025 NĐ 61/2018 with TT 01/2018/TT-VPCP ({@value #RULES_2018}); from
 * 1/7/2025 NĐ 118/2025/NĐ-CP with TT 03/2025/TT-VPCP ({@value #RULES_2025}). Stored with the dossier, so
 * historical data keeps the old rules and forms.
 */
public final class RuleSet {

    public static final String RULES_2018 = "2018";
    public static final String RULES_2025 = "2025";

    /** The first local day of NĐ 118/2025/NĐ-CP. */
    public static final LocalDate FROM_2025 = LocalDate.of(2025, 7, 1);

    private RuleSet() {
    }

    /** The rule set in force at an instant, the local date taken in the business zone. */
    public static String inForceAt(Instant instant, ZoneId zone) {
        return inForceOn(instant.atZone(zone).toLocalDate());
    }

    /** The rule set in force on a local date. */
    public static String inForceOn(LocalDate day) {
        return day.isBefore(FROM_2025) ? RULES_2018 : RULES_2025;
    }
}
