package vn.motcua.dossier.processing;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.dossier.Dossier;

/**
 * The internal process a dossier follows: the steps of the procedure version it started under, at its
 * resolving agency, each placed at a concrete agency. The first step (reception) and the last (return
 * of the result) happen at the receiving agency.
 */
@Component
class ProcessPlans {

    private final Catalog catalog;
    private final Agencies agencies;
    private final java.util.concurrent.ConcurrentHashMap<String, ProcedureDefinition> versions =
            new java.util.concurrent.ConcurrentHashMap<>();

    ProcessPlans(Catalog catalog, Agencies agencies) {
        this.catalog = catalog;
        this.agencies = agencies;
    }

    /**
     * The procedure version the dossier runs on. Published versions never change, so each node keeps
     * the ones it has read (a few thousand at most) instead of reading and parsing them on every action.
     */
    ProcedureDefinition procedure(Dossier d) {
        return procedure(d.procedure().code(), d.procedure().version());
    }

    ProcedureDefinition procedure(String procedureCode, int procedureVersion) {
        String key = procedureCode + "#" + procedureVersion;
        ProcedureDefinition cached = versions.get(key);
        if (cached != null) {
            return cached;
        }
        ProcedureDefinition loaded = catalog.version(procedureCode, procedureVersion)
                .orElseThrow(() -> ProblemException.conflict("dossier.procedure.missing", procedureCode))
                .content();
        versions.put(key, loaded);
        return loaded;
    }

    List<ProcessStep> steps(Dossier d, ProcedureDefinition procedure) {
        return steps(procedure, d.placement().resolvingAgencyId());
    }

    /** The steps of the procedure version at the resolving agency (its own process when it has one). */
    List<ProcessStep> steps(ProcedureDefinition procedure, long resolvingAgencyId) {
        if (procedure.processOverrides().isEmpty()) {
            return procedure.process();
        }
        String resolvingCode = agencies.byId(resolvingAgencyId).map(AgencyRef::code).orElse(null);
        return procedure.processAt(resolvingCode);
    }

    /** The agency where step {@code index} acts, for a dossier at chain position {@code chainIndex}. */
    long agencyOf(Dossier d, ProcedureDefinition procedure, List<ProcessStep> steps, int index, int chainIndex) {
        if (index == 0 || index == steps.size() - 1) {
            return d.placement().receivingAgencyId();
        }
        ProcessStep step = steps.get(index);
        if (step.agency() == StepAgency.SPECIFIC) {
            return byCode(step.agencyCode());
        }
        if (step.agency() == StepAgency.NEXT_IN_CHAIN && chainIndex < procedure.chain().size()) {
            return byCode(procedure.chain().get(chainIndex));
        }
        return d.placement().resolvingAgencyId();
    }

    private long byCode(String code) {
        return agencies.byCode(code).map(AgencyRef::id)
                .orElseThrow(() -> ProblemException.conflict("dossier.agency.missing", code));
    }
}
