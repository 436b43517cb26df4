package vn.motcua.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.motcua.platform.i18n.LocalizedText;
import vn.motcua.platform.i18n.Messages;

/** Builds {@link Problem} bodies from message keys, in both languages. */
@Component
public class Problems {

    private final Messages messages;

    Problems(Messages messages) {
        this.messages = messages;
    }

    public Problem of(HttpStatus status, String type, String messageKey, Object[] args,
            List<FieldProblem> fieldProblems, String instance) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalizedText text = messages.text(messageKey, args == null ? new Object[0] : args);
        List<Problem.Error> errors = fieldProblems.stream()
                .map(p -> new Problem.Error(p.field(), messages.text(p.messageKey(), p.args())))
                .toList();
        String title = messages.get("problem.title." + status.value(), locale);
        return new Problem(Problem.TYPE_PREFIX + type, title, status.value(), text.in(locale), instance, text,
                errors);
    }

    public Problem of(ProblemException e, String instance) {
        return of(e.status(), e.type(), e.messageKey(), e.args(), e.fieldProblems(), instance);
    }

    public Problem of(HttpStatus status, String type, String messageKey, String instance) {
        return of(status, type, messageKey, new Object[0], List.of(), instance);
    }

    public Problem validation(List<Problem.Error> errors, String instance) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalizedText text = messages.text("problem.validation");
        return new Problem(Problem.TYPE_PREFIX + "validation", messages.get("problem.title.400", locale), 400,
                text.in(locale), instance, text, errors);
    }

    /**
     * A page's inline errors: field to message in the request's language, several messages of one
     * field joined.
     */
    public java.util.Map<String, String> fieldMessages(ProblemException e) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.fieldProblems().forEach(p -> errors.merge(p.field(), messages.get(p.messageKey(), p.args()),
                (a, b) -> a + " " + b));
        return errors;
    }
}
