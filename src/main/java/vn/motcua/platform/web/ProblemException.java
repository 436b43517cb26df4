package vn.motcua.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure to tell the caller about: rendered as RFC 9457 problem details on the API and as an
 * inline message on pages. The message is a key of the {@code i18n} bundles, so it reaches the
 * caller in Vietnamese and English.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public ProblemException(HttpStatus status, String type, String messageKey, List<FieldProblem> fieldProblems,
            Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ProblemException notFound(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", messageKey, List.of(), args);
    }

    public static ProblemException conflict(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", messageKey, List.of(), args);
    }

    /** The record changed since the caller read it (a stale {@code version}): 409 {@code concurrent-change}. */
    public static ProblemException concurrentChange() {
        return new ProblemException(HttpStatus.CONFLICT, "concurrent-change", "problem.concurrentChange", List.of());
    }

    public static ProblemException forbidden(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", messageKey, List.of(), args);
    }

    public static ProblemException badRequest(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", messageKey, List.of(), args);
    }

    /** A single invalid field. */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldProblem(field, messageKey, args)));
    }

    public static ProblemException invalid(List<FieldProblem> problems) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "problem.validation", problems);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
