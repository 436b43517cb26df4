package vn.motcua.dossier.lookup;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.web.ProblemException;

/**
 * Lookup without login (DESIGN.md §6): the code and a second factor, the applicant's phone or ID
 * number. The answer says where the dossier is, never who filed it. A wrong contact and an unknown
 * code give the same answer, so codes cannot be probed.
 */
@Service
@Transactional(readOnly = true)
public class PublicLookup {

    /** The progress as a citizen understands it (UX.md). */
    public enum Stage { SUBMITTED, RECEIVED, PROCESSING, WAITING_FOR_APPLICANT, RESULT_READY, RETURNED, CLOSED }

    public record Answer(String code, String procedureName, DossierStatus status, int nationalStatus, Stage stage,
            Instant submittedAt, Instant receivedAt, Instant appointmentAt, boolean resultReady, Instant returnedAt) {
    }

    private final JdbcClient jdbc;

    PublicLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Answer find(String code, String contact) {
        String given = normalize(contact);
        return jdbc.sql("""
                select code, procedure_name, status, submitted_at, received_at, coalesce(appointment_at, due_at) as due,
                       returned_at, applicant_phone, applicant_id_number
                from dossier where code = :code
                """).param("code", code == null ? "" : code.strip())
                .query((rs, n) -> {
                    boolean matches = given != null && (given.equals(normalize(rs.getString("applicant_phone")))
                            || given.equals(normalize(rs.getString("applicant_id_number"))));
                    if (!matches) {
                        return null;
                    }
                    DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
                    return new Answer(rs.getString("code"), rs.getString("procedure_name"), status,
                            status.nationalCode(), stage(status), instant(rs.getTimestamp("submitted_at")),
                            instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("due")),
                            status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED,
                            instant(rs.getTimestamp("returned_at")));
                }).optional()
                .orElseThrow(() -> ProblemException.notFound("dossier.lookup.contact"));
    }

    static Stage stage(DossierStatus status) {
        return switch (status) {
            case SUBMITTED -> Stage.SUBMITTED;
            case PROCESSING, PAUSED -> Stage.PROCESSING;
            case SUPPLEMENT_REQUESTED, AWAITING_PAYMENT -> Stage.WAITING_FOR_APPLICANT;
            case RESOLVED -> Stage.RESULT_READY;
            case RETURNED -> Stage.RETURNED;
            case INTAKE_REFUSED, WITHDRAWN, STOPPED -> Stage.CLOSED;
        };
    }

    private static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s.-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return digits.isEmpty() ? null : digits;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
