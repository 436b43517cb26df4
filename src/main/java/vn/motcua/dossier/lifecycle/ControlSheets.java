package vn.motcua.dossier.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Timeliness;
import vn.motcua.platform.time.BusinessZone;

/**
 * The control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 05) is a view of the history:
 * one row per hand-over, with who handed over, when, the step left and whether it was left early,
 * on time or late against that step's due instant.
 */
@Service
@Transactional(readOnly = true)
public class ControlSheets {

    /** The actions that hand a dossier over from one step to another (also read by {@link StepPassages}). */
    static final Set<DossierAction> HAND_OVERS = EnumSet.of(DossierAction.RECEIVE, DossierAction.FORWARD,
            DossierAction.SEND_BACK, DossierAction.TRANSFER, DossierAction.RESOLVE, DossierAction.RETURN_RESULT);

    /** One hand-over. {@code timeliness} is null where the step left had no due instant (reception). */
    public record Row(Instant at, DossierAction action, String stepLeft, Long handingAgencyId, String handedBy,
            String stepEntered, Instant stepDueAt, Timeliness timeliness, String note) {
    }

    public record Sheet(String code, String procedureName, long resolvingAgencyId, Instant receivedAt, Instant dueAt,
            List<Row> rows) {
    }

    private final DossierStore store;
    private final ProcessPlans plans;
    private final BusinessZone zone;

    ControlSheets(DossierStore store, ProcessPlans plans, BusinessZone zone) {
        this.store = store;
        this.plans = plans;
        this.zone = zone;
    }

    public Sheet of(Dossier d) {
        ProcedureDefinition procedure = plans.procedure(d);
        List<ProcessStep> steps = plans.steps(d, procedure);
        List<Row> rows = new ArrayList<>();
        for (HistoryEntry e : store.history(d.id())) {
            if (!HAND_OVERS.contains(e.action())) {
                continue;
            }
            Timeliness timeliness = e.stepDueAt() == null ? null : Timeliness.of(e.occurredAt(), e.stepDueAt(),
                    zone.zone());
            rows.add(new Row(e.occurredAt(), e.action(), name(steps, e.fromStep()), e.actorAgencyId(), e.actorName(),
                    name(steps, e.toStep()), e.stepDueAt(), timeliness, e.note()));
        }
        return new Sheet(d.code(), d.procedureName(), d.resolvingAgencyId(), d.receivedAt(), d.dueAt(), rows);
    }

    private static String name(List<ProcessStep> steps, Integer index) {
        return index == null || index < 0 || index >= steps.size() ? null : steps.get(index).name();
    }
}
