package vn.motcua.dossier.intake;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierCode;
import vn.motcua.platform.time.BusinessZone;

/**
 * Allocates dossier codes. The counter of an agency's day is a row that the allocating transaction
 * locks by updating it, so nodes receiving at the same time queue on that row and never share a
 * number; a rolled-back receipt rolls its number back too, so the sequence has no gaps.
 */
@Component
class DossierCodes {

    private final JdbcClient jdbc;
    private final BusinessZone zone;
    private final String pattern;
    private final int digits;

    DossierCodes(JdbcClient jdbc, BusinessZone zone,
            @Value("${motcua.dossier.code-pattern:{agency}-{date}-{seq}}") String pattern,
            @Value("${motcua.dossier.code-digits:4}") int digits) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.pattern = pattern;
        this.digits = digits;
    }

    /** The next code of the agency for the local day of {@code at}; must run in the receiving transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    DossierCode next(String agencyCode, Instant at) {
        LocalDate day = zone.dateOf(at);
        Date sqlDay = Date.valueOf(day);
        // Two statements on the usual path (the day's row exists): lock-and-increment, then read back.
        // The first receipt of the day inserts the row at 1; a concurrent first receipt that lost the
        // insert race waits on the winner's row and increments it.
        if (increment(agencyCode, sqlDay) == 0) {
            int inserted = jdbc.sql("""
                    insert into dossier_code_sequence (agency_code, local_day, last_number) values (:agency, :day, 1)
                    on conflict do nothing
                    """).param("agency", agencyCode).param("day", sqlDay).update();
            if (inserted == 1) {
                return DossierCode.format(pattern, agencyCode, day, 1, digits);
            }
            increment(agencyCode, sqlDay);
        }
        int sequence = jdbc.sql("select last_number from dossier_code_sequence where agency_code = :agency and local_day = :day")
                .param("agency", agencyCode).param("day", sqlDay).query(Integer.class).single();
        return DossierCode.format(pattern, agencyCode, day, sequence, digits);
    }

    private int increment(String agencyCode, Date day) {
        return jdbc.sql("update dossier_code_sequence set last_number = last_number + 1 where agency_code = :agency and local_day = :day")
                .param("agency", agencyCode).param("day", day).update();
    }
}
