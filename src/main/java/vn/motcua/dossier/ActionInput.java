package vn.motcua.dossier;

import java.time.Instant;

import vn.motcua.platform.web.Validation;

/**
 * What comes with an action. {@code requestId} makes a retried request harmless: a key of the acting
 * account, at most 80 characters, that once applied answers the dossier as it is instead of acting
 * again ({@code processing.RequestKeys}); {@code version} is the version the caller saw (a stale one
 * is a 409). The other fields serve the actions that need them: a note (reason, items to supply),
 * the assignee, the result, the new appointment of an apology, details (JSON) for the history.
 */
public record ActionInput(String requestId, Integer version, String note, Long assigneeId, String result,
        Instant newAppointment, String payload) {

    /** The columns of the history event: the note and the request id. */
    public static final int MAX_NOTE = 2000;
    public static final int MAX_REQUEST_ID = 80;

    /** Checks what the caller typed against the history event's columns ({@code note}, {@code requestId}). */
    public void validate(Validation v) {
        v.multiLine("note", note, MAX_NOTE);
        v.line("requestId", requestId, MAX_REQUEST_ID);
    }

    public static ActionInput of(String note) {
        return new ActionInput(null, null, note, null, null, null, null);
    }

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }
}
