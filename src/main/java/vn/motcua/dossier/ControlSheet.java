package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 05), a view of the history: one
 * row per hand-over, with who handed over, when, the step left and whether it was left early, on time
 * or late against that step's due instant.
 */
public record ControlSheet(String code, String procedureName, long resolvingAgencyId, Instant receivedAt,
        Instant dueAt, List<Row> rows) {

    /** One hand-over. {@code timeliness} is null where the step left had no due instant (reception). */
    public record Row(Instant at, DossierAction action, String stepLeft, Long handingAgencyId, String handedBy,
            String stepEntered, Instant stepDueAt, Timeliness timeliness, String note) {
    }
}
