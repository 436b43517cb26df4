package vn.motcua.dossier.processing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;

/**
 * Turns a refused action into what a page shows: the field messages (field to message, for the inline
 * errors and the summary), or one message for the whole form. A not-found stays an error page, so a
 * dossier outside the officer's reach is never revealed.
 */
@Component
public class PageProblems {

    public static final String STALE = "problem.concurrentChange";

    private final Messages messages;

    PageProblems(Messages messages) {
        this.messages = messages;
    }

    public Map<String, String> fields(ProblemException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            errors.merge(p.field(), messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    public boolean hasFields(ProblemException e) {
        return e.status() == HttpStatus.BAD_REQUEST && !e.fieldProblems().isEmpty();
    }

    /** The message of a problem without fields; a stale version gets the dossier page's own words. */
    public String message(ProblemException e) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        if (STALE.equals(e.messageKey())) {
            return messages.get("dossier.page.stale");
        }
        return messages.get(e.messageKey(), e.args());
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }
}
