package vn.motcua.calendar;

import java.time.Instant;

/** A stretch of time that does not count towards a time limit (e.g. the applicant supplementing a dossier). */
public record PauseWindow(Instant from, Instant to) {

    public PauseWindow {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A pause needs from ≤ to: " + from + " – " + to);
        }
    }
}
