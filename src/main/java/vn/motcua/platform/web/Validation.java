package vn.motcua.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.platform.text.CleanText;

/**
 * Collects field problems of a command before anything is written, then throws them all at once
 * so the caller can fix every field in one go.
 */
public final class Validation {

    /** The years a date may have anywhere in the system: past them there is no next day nor a timestamp. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Whether the date (null: nothing to check) lies in the supported years; if not, a field problem. */
    public boolean dateInRange(String field, LocalDate date) {
        return date == null || yearInRange(field, date.getYear());
    }

    /** Whether the instant (null: nothing to check) lies in the years 1900–9999 (UTC); if not, a field problem. */
    public boolean instantInRange(String field, Instant instant) {
        return instant == null || yearInRange(field, instant.atOffset(ZoneOffset.UTC).getYear());
    }

    /** Whether the year (null: nothing to check) lies in 1900–9999; if not, a field problem. */
    public boolean yearInRange(String field, Integer year) {
        boolean valid = year == null || supports(year);
        check(valid, field, "problem.field.dateRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        return valid;
    }

    /**
     * Whether a one-line text (a name, a code, a title; null: nothing to check) fits its column of
     * {@code max} characters and carries no control or bidi character ({@link CleanText}); if not, a
     * field problem.
     */
    public boolean line(String field, String value, int max) {
        return text(field, value, max, false);
    }

    /** As {@link #line}, for text that may hold several lines (a note, a summary): newline and tab are kept. */
    public boolean multiLine(String field, String value, int max) {
        return text(field, value, max, true);
    }

    /** Whether the text (null: nothing to check) is at most {@code max} characters long; if not, a field problem. */
    public boolean maxLength(String field, String value, int max) {
        boolean valid = value == null || value.length() <= max;
        check(valid, field, "problem.field.tooLong", max);
        return valid;
    }

    private boolean text(String field, String value, int max, boolean multiLine) {
        if (!maxLength(field, value, max)) {
            return false;
        }
        String problem = CleanText.problem(value, multiLine);
        check(problem == null, field, problem);
        return problem == null;
    }

    public Validation check(boolean valid, String field, String messageKey, Object... args) {
        if (!valid) {
            problems.add(new FieldProblem(field, messageKey, args));
        }
        return this;
    }

    public Validation add(String field, String messageKey, Object... args) {
        return check(false, field, messageKey, args);
    }

    /** Whether a year lies in 1900–9999, the years every date in the system must have. */
    public static boolean supports(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Throws a field problem unless the year (null: nothing to check) lies in 1900–9999. */
    public static void requireYearInRange(String field, Integer year) {
        Validation v = new Validation();
        v.yearInRange(field, year);
        v.throwIfInvalid();
    }

    /** Throws a field problem unless the date (null: nothing to check) lies in the years 1900–9999. */
    public static void requireDateInRange(String field, LocalDate date) {
        requireYearInRange(field, date == null ? null : date.getYear());
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
