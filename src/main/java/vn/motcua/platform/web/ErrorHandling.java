package vn.motcua.platform.web;

import java.time.DateTimeException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.DatabindException;

import vn.motcua.platform.i18n.Messages;

/**
 * Turns every failure into problem details on {@code /api/**} and into the Vietnamese error page
 * elsewhere. Nothing reaches the caller as a stack trace; only unexpected failures are logged.
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
                .map(f -> new Problem.Error(f.getField(), messages.text(f)))
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
        return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                new Object[0], List.of(new FieldProblem(e.getName(), "problem.field.format", e.getValue())),
                request.getRequestURI()));
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
            return respond(request, problems.of(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                    new Object[0], List.of(new FieldProblem(fieldPath(d), "problem.field.format")),
                    request.getRequestURI()));
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
