package vn.motcua.organization.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;

/**
 * Helps the administration pages show a failed save on the same form: the field messages inline and
 * in the summary ({@code errors}, field to message), and a stale version as a form-level message.
 * Anything else (forbidden, not found) goes on to the error page.
 */
@Component
public class PageForms {

    private final Messages messages;

    PageForms(Messages messages) {
        this.messages = messages;
    }

    /** Runs {@code save}; true when it worked, false with {@code errors} in the model when the input was refused. */
    public boolean trySave(Model model, Runnable save) {
        try {
            save.run();
            return true;
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST || e.fieldProblems().isEmpty()) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.fieldProblems()) {
                errors.putIfAbsent(p.field(), messages.get(p.messageKey(), p.args()));
            }
            model.addAttribute("errors", errors);
            return false;
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", Map.of("version", messages.get("problem.concurrentChange")));
            return false;
        }
    }

    /** A number typed in a form: empty is absent; anything else that is not a number is reported on the field. */
    public static Long parseId(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "problem.field.format");
        }
    }
}
