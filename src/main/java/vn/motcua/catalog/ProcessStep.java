package vn.motcua.catalog;

import java.util.Optional;

import vn.motcua.platform.security.Role;

/** A step of an internal process: who acts (role at an agency) and its share of the time limit. */
public record ProcessStep(String name, Role role, StepAgency agency, String agencyCode, TimeLimit share) {

    public ProcessStep {
        name = Texts.clean(name);
        agency = agency == null ? StepAgency.RESOLVING : agency;
        agencyCode = agency == StepAgency.SPECIFIC ? Texts.clean(agencyCode) : null;
    }

    public Optional<String> specificAgency() {
        return Optional.ofNullable(agencyCode);
    }
}
