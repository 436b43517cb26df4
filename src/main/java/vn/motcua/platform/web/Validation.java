package vn.motcua.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field problems of a command before anything is written, then throws them all at once
 * so the caller can fix every field in one go.
 */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation check(boolean valid, String field, String messageKey, Object... args) {
        if (!valid) {
            problems.add(new FieldProblem(field, messageKey, args));
        }
        return this;
    }

    public Validation add(String field, String messageKey, Object... args) {
        return check(false, field, messageKey, args);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
