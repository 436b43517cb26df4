package vn.motcua.dossier.processing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.ControlSheet;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Timeliness;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.HistoryEntry;

/**
 * The control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 05) is a view of the history:
 * one row per hand-over, with who handed over, when, the step left and whether it was left early,
 * on time or late against that step's due instant.
 */
@Component
class ControlSheets {

    /** The actions that hand a dossier over from one step to another (also read by {@link StepPassages}). */
    static final Set<DossierAction> HAND_OVERS = EnumSet.of(DossierAction.RECEIVE, DossierAction.FORWARD,
            DossierAction.SEND_BACK, DossierAction.TRANSFER, DossierAction.RESOLVE, DossierAction.RETURN_RESULT);

    private final DossierStore store;
    private final ProcessPlans plans;
    private final BusinessZone zone;

    ControlSheets(DossierStore store, ProcessPlans plans, BusinessZone zone) {
        this.store = store;
        this.plans = plans;
        this.zone = zone;
    }

    ControlSheet of(Dossier d) {
        ProcedureDefinition procedure = plans.procedure(d);
        List<ProcessStep> steps = plans.steps(d, procedure);
        List<ControlSheet.Row> rows = new ArrayList<>();
        for (HistoryEntry e : store.history(d.id())) {
            if (!HAND_OVERS.contains(e.action())) {
                continue;
            }
            Timeliness timeliness = e.stepDueAt() == null ? null : Timeliness.of(e.occurredAt(), e.stepDueAt(),
                    zone.zone());
            rows.add(new ControlSheet.Row(e.occurredAt(), e.action(), name(steps, e.fromStep()), e.actorAgencyId(), e.actorName(),
                    name(steps, e.toStep()), e.stepDueAt(), timeliness, e.note()));
        }
        return new ControlSheet(d.code(), d.procedure().name(), d.placement().resolvingAgencyId(), d.timeline().receivedAt(), d.timeline().dueAt(), rows);
    }

    private static String name(List<ProcessStep> steps, Integer index) {
        return index == null || index < 0 || index >= steps.size() ? null : steps.get(index).name();
    }
}
