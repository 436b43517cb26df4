package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;

/**
 * One passage of a dossier through a step of its process, from the event that entered the step to the
 * hand-over that left it, with the working time spent (the step agency's calendar, stopped clock
 * excluded) and the working time allotted up to the step's due instant; late exactly when the control
 * sheet says so. {@code stepName} is null when the procedure version can no longer be read.
 */
public record StepPassage(String dossierCode, String procedureCode, String procedureName, int stepIndex,
        String stepName, long stepAgencyId, Instant enteredAt, Instant leftAt, Instant dueAt, Duration worked,
        Duration allotted, boolean late) {
}
