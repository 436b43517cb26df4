package vn.motcua.platform.web;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.DatabindException;

import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.text.CleanText;

/**
 * Turns every failure into problem details on {@code /api/**} and into the Vietnamese error page
 * elsewhere. Nothing reaches the caller as a stack trace. A client error (4xx) is logged in one line
 * without a stack trace (at debug level, or at warn when it shows a check missing upstream: a value
 * the database refused); only unexpected failures (5xx) are logged with their stack trace.
 */
@RestControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Problems problems;
    private final Messages messages;

    ErrorHandling(Problems problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    Object problem(ProblemException e, HttpServletRequest request) {
        return respond(request, problems.of(e, request.getRequestURI()));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        List<Problem.Error> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problem.Error(f.getField(), refusedText(f)
                        .map(key -> messages.text(key)).orElseGet(() -> messages.text(f))))
                .toList();
        return respond(request, problems.validation(errors, request.getRequestURI()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Problem.Error> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new Problem.Error(
                        r.getMethodParameter().getParameterName(), messages.text(err))))
                .toList();
        return respond(request, problems.validation(errors, request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        FieldProblem field = e.getMostSpecificCause() instanceof TextInput.RefusedValue refused
                ? new FieldProblem(e.getName(), refused.messageKey())
                : new FieldProblem(e.getName(), "problem.field.format", CleanText.visible(
                        e.getValue() == null ? null : String.valueOf(e.getValue()), 100));
        return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                new Object[0], List.of(field), request.getRequestURI()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                new Object[0], List.of(new FieldProblem(e.getHeaderName(), "problem.field.required")),
                request.getRequestURI()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    Object binding(ServletRequestBindingException e, HttpServletRequest request) {
        return simple(request, HttpStatus.BAD_REQUEST, "bad-request", "problem.unreadable");
    }

    /** The security firewall refused a header, a parameter or the path read inside the application. */
    @ExceptionHandler(RequestRejectedException.class)
    Object rejected(RequestRejectedException e, HttpServletRequest request) {
        log.info("Refused {} {}: {}", request.getMethod(), CleanText.visible(request.getRequestURI(), 200),
                CleanText.visible(e.getMessage(), 200));
        return simple(request, HttpStatus.BAD_REQUEST, "bad-request", "problem.rejected");
    }

    /** A malformed multipart body (a too large one is {@link #tooLarge}). */
    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge, request);
        }
        return simple(request, HttpStatus.BAD_REQUEST, "bad-request", "problem.multipart");
    }

    /**
     * A value the database refused that a check should have stopped before: too long for its column
     * (SQLSTATE 22001), a character it cannot store (22021, PostgreSQL's NUL; 22P05), a number out of
     * its range (22003) are the caller's input (400); a unique key taken meanwhile (23505) is a
     * conflict (409). Anything else is a fault.
     */
    @ExceptionHandler(DataAccessException.class)
    Object data(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        String state = sqlState(e);
        if (state != null && (state.equals("22001") || state.equals("22021") || state.equals("22P05")
                || state.equals("22003"))) {
            log.warn("Database refused a value on {} {} (SQLSTATE {}): a check is missing; {}", request.getMethod(),
                    request.getRequestURI(), state, CleanText.visible(e.getMostSpecificCause().getMessage(), 300));
            return simple(request, HttpStatus.BAD_REQUEST, "bad-request", "problem.data");
        }
        if ("23505".equals(state)) {
            log.warn("Unique key taken on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    CleanText.visible(e.getMostSpecificCause().getMessage(), 300));
            return simple(request, HttpStatus.CONFLICT, "conflict", "problem.duplicate");
        }
        if (e instanceof PessimisticLockingFailureException || e instanceof QueryTimeoutException) {
            // Waited too long for a row another request holds: not the client's fault, and worth a retry.
            log.warn("Lock wait timed out on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    CleanText.visible(e.getMostSpecificCause().getMessage(), 300));
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            return simple(request, HttpStatus.SERVICE_UNAVAILABLE, "busy", "problem.busy");
        }
        return unexpected(e, request);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static java.util.Optional<String> refusedText(FieldError error) {
        return error.contains(TypeMismatchException.class)
                && error.unwrap(TypeMismatchException.class).getMostSpecificCause()
                        instanceof TextInput.RefusedValue refused
                ? java.util.Optional.of(refused.messageKey()) : java.util.Optional.empty();
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                new Object[0], List.of(new FieldProblem(e.getParameterName(), "problem.field.required")),
                request.getRequestURI()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                new Object[0], List.of(new FieldProblem(e.getRequestPartName(), "problem.field.required")),
                request.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            String key = d instanceof TextInput.RefusedText refused ? refused.messageKey() : "problem.field.format";
            return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                    new Object[0], List.of(new FieldProblem(fieldPath(d), key)), request.getRequestURI()));
        }
        return simple(request, HttpStatus.BAD_REQUEST, "bad-request", "problem.unreadable");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return simple(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "problem.method");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return simple(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "problem.mediaType");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return simple(request, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "problem.notAcceptable");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return simple(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.tooLarge");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request) {
        return simple(request, HttpStatus.NOT_FOUND, "not-found", "problem.notFound");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        return simple(request, HttpStatus.CONFLICT, "concurrent-change", "problem.concurrentChange");
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return simple(request, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return simple(request, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized");
    }

    /**
     * Date arithmetic past the calendar's ends (year ±999999999, or an instant past year 9999) on a
     * value that escaped validation: the caller's input, so a 400 and not a 500.
     */
    @ExceptionHandler({ DateTimeException.class, ArithmeticException.class })
    Object dateOutOfRange(RuntimeException e, HttpServletRequest request) {
        log.warn("Date out of range on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return simple(request, HttpStatus.BAD_REQUEST, "bad-request", "problem.dateRange");
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return simple(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal");
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private Object simple(HttpServletRequest request, HttpStatus status, String type, String messageKey) {
        return respond(request, problems.of(status, type, messageKey, request.getRequestURI()));
    }

    private Object respond(HttpServletRequest request, Problem problem) {
        if (problem.status() < 500 && log.isDebugEnabled()) {
            log.debug("{} {} answered {} {}{}", request.getMethod(), CleanText.visible(request.getRequestURI(), 200),
                    problem.status(), problem.type(), problem.errors() == null || problem.errors().isEmpty() ? ""
                            : " " + problem.errors().stream().map(Problem.Error::field).toList());
        }
        if (isApi(request)) {
            return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.valueOf(problem.status()));
        view.addObject("problem", problem);
        view.addObject("status", problem.status());
        return view;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
