package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

import vn.motcua.organization.AdministrativeLevel;

/**
 * Everything a procedure says, as it is imported, exported and published (docs/catalog-format.md).
 * Agencies are referred to by code so that a file moves between installations.
 *
 * @param agency         the resolving agency's code; absent means “the people's committee where the
 *                       dossier is received”
 * @param chain          for an interconnected procedure, the agencies that handle it in order
 * @param process        the default internal process
 * @param supplementRule this procedure's supplement rule; absent means the province's setting
 * @param active         whether the procedure is offered; not part of a version's content
 */
public record ProcedureDefinition(String code, String name, String field, List<AdministrativeLevel> levels,
        String agency, List<String> chain, TimeLimit timeLimit, List<FeeItem> fees,
        List<DocumentRequirement> documents, String result, OnlineLevel onlineLevel, OnTheSpot onTheSpot,
        List<ApplicantKind> applicants, Boolean anyResidence, String legalBasis, String applicantSteps,
        List<ProcessStep> process, List<ProcessOverride> processOverrides, SupplementRule supplementRule,
        Boolean active) {

    /** A procedure that follows the province's supplement rule. */
    public ProcedureDefinition(String code, String name, String field, List<AdministrativeLevel> levels,
            String agency, List<String> chain, TimeLimit timeLimit, List<FeeItem> fees,
            List<DocumentRequirement> documents, String result, OnlineLevel onlineLevel, OnTheSpot onTheSpot,
            List<ApplicantKind> applicants, Boolean anyResidence, String legalBasis, String applicantSteps,
            List<ProcessStep> process, List<ProcessOverride> processOverrides, Boolean active) {
        this(code, name, field, levels, agency, chain, timeLimit, fees, documents, result, onlineLevel, onTheSpot,
                applicants, anyResidence, legalBasis, applicantSteps, process, processOverrides, null, active);
    }

    public ProcedureDefinition {
        code = Texts.clean(code);
        name = Texts.clean(name);
        field = Texts.clean(field);
        levels = Texts.list(levels).stream().distinct().sorted().toList();
        agency = Texts.clean(agency);
        chain = Texts.list(chain).stream().map(Texts::clean).filter(c -> c != null).toList();
        fees = Texts.list(fees);
        documents = Texts.list(documents);
        result = Texts.clean(result);
        onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
        onTheSpot = onTheSpot == null ? OnTheSpot.NONE : onTheSpot;
        applicants = Texts.list(applicants).stream().distinct().sorted().toList();
        anyResidence = Boolean.TRUE.equals(anyResidence);
        legalBasis = Texts.clean(legalBasis);
        applicantSteps = Texts.clean(applicantSteps);
        process = Texts.list(process);
        processOverrides = Texts.list(processOverrides);
        active = active == null ? Boolean.TRUE : active;
    }

    public Optional<String> resolvingAgency() {
        return Optional.ofNullable(agency);
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** The same content with another active flag (the flag is kept outside the versioned content). */
    public ProcedureDefinition withActive(boolean value) {
        return new ProcedureDefinition(code, name, field, levels, agency, chain, timeLimit, fees, documents, result,
                onlineLevel, onTheSpot, applicants, anyResidence, legalBasis, applicantSteps, process,
                processOverrides, supplementRule, value);
    }

    /** The same content with its own supplement rule (null: the province's). */
    public ProcedureDefinition withSupplementRule(SupplementRule rule) {
        return new ProcedureDefinition(code, name, field, levels, agency, chain, timeLimit, fees, documents, result,
                onlineLevel, onTheSpot, applicants, anyResidence, legalBasis, applicantSteps, process,
                processOverrides, rule, active);
    }

    /** The internal process the given agency follows: its own override, else the default. */
    public List<ProcessStep> processAt(String agencyCode) {
        return processOverrides.stream().filter(o -> o.agencyCode() != null && o.agencyCode().equals(agencyCode))
                .findFirst().map(ProcessOverride::steps).orElse(process);
    }
}
