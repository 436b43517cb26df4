package vn.motcua.platform.jobs;

import java.time.Instant;

/** A background job as a page shows it: how far it got, and its result (JSON) or failure (message key). */
public record JobRun(String id, String kind, Instant startedAt, Status status, int done, int total, String resultJson,
        String failure) {

    public enum Status { RUNNING, SUCCEEDED, FAILED }

    public boolean finished() {
        return status != Status.RUNNING;
    }

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) ((long) done * 100 / total);
    }
}
