package vn.motcua.organization.access;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;

import vn.motcua.platform.web.ProblemException;

/**
 * A write that a unique constraint on {@code code} guards: when two saves of the same code race past
 * the check, the loser gets the same field problem as if the check had caught it.
 */
public final class UniqueCodes {

    private UniqueCodes() {
    }

    public static <T> T write(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw ProblemException.invalid("code", "problem.field.unique");
        }
    }
}
