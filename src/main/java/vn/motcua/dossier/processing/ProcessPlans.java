package vn.motcua.dossier.processing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.dossier.Dossier;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.web.ProblemException;

/**
 * The internal process a dossier follows: the steps of the procedure version it started under, at its
 * resolving agency, each placed at a concrete agency. The first step (reception) and the last (return
 * of the result) happen at the receiving agency.
 */
@Component
class ProcessPlans {

    private final BiFunction<String, Integer, Optional<ProcedureVersion>> catalogVersion;
    private final LongFunction<Optional<AgencyRef>> agencyById;
    private final Function<String, Optional<AgencyRef>> agencyByCode;
    private final ConcurrentHashMap<String, ProcedureDefinition> versions =
            new ConcurrentHashMap<>();

    @Autowired
    ProcessPlans(Catalog catalog, Agencies agencies) {
        this(catalog::version, agencies::byId, agencies::byCode);
    }

    /** Over any source of procedure versions and agencies (unit tests pass maps). */
    ProcessPlans(BiFunction<String, Integer, Optional<ProcedureVersion>> catalogVersion,
            LongFunction<Optional<AgencyRef>> agencyById, Function<String, Optional<AgencyRef>> agencyByCode) {
        this.catalogVersion = catalogVersion;
        this.agencyById = agencyById;
        this.agencyByCode = agencyByCode;
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
        ProcedureDefinition loaded = catalogVersion.apply(procedureCode, procedureVersion)
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
        String resolvingCode = agencyById.apply(resolvingAgencyId).map(AgencyRef::code).orElse(null);
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
        return agencyByCode.apply(code).map(AgencyRef::id)
                .orElseThrow(() -> ProblemException.conflict("dossier.agency.missing", code));
    }
}
