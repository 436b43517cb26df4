package vn.motcua.dossier.processing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.dossier.Dossier;

/**
 * Where an imported dossier that is still open stands in motcua's process: the earlier system's step
 * is not known, so it is placed at the first processing step (index 1) of its procedure version, at
 * the agency and role that step names, as if it had just been received. Officers holding that role
 * find it in their worklist and carry on from there.
 */
@Component
public class ImportPlacement {

    /** The step an open imported dossier is placed at. */
    public record Step(int index, long agencyId, Role role) {
    }

    private final ProcessPlans plans;

    ImportPlacement(ProcessPlans plans) {
        this.plans = plans;
    }

    /**
     * The first processing step for the dossier's procedure version and agencies; empty when the
     * process has no processing step (fewer than three steps) or names an agency that no longer exists:
     * such a dossier keeps no step and only an administrator's correction can move it on.
     */
    public Optional<Step> firstProcessingStep(Dossier d) {
        try {
            ProcedureDefinition procedure = plans.procedure(d);
            List<ProcessStep> steps = plans.steps(d, procedure);
            if (steps.size() < 3) {
                return Optional.empty();
            }
            long agency = plans.agencyOf(d, procedure, steps, 1, 0);
            return Optional.of(new Step(1, agency, steps.get(1).role()));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /** The return of the result (the last step, reception at the receiving agency), for a resolved dossier. */
    public Optional<Step> returnStep(Dossier d) {
        try {
            List<ProcessStep> steps = plans.steps(d, plans.procedure(d));
            return steps.size() < 2 ? Optional.empty()
                    : Optional.of(new Step(steps.size() - 1, d.placement().receivingAgencyId(), Role.RECEPTION));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }
}
