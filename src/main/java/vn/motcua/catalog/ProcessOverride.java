package vn.motcua.catalog;

import java.util.List;

/** An agency's own internal process for a procedure, replacing the default one at that agency. */
public record ProcessOverride(String agencyCode, List<ProcessStep> steps) {

    public ProcessOverride {
        agencyCode = Texts.clean(agencyCode);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
