package vn.motcua.identity.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.web.Problem;
import vn.motcua.platform.web.Problems;

/** 401 and 403 on the API as problem details (the filters answer before any controller advice can). */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final JsonMapper json;

    ProblemEntryPoint(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            // The same answer for every username, existing or not: it tells nothing about accounts.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "identity.login.throttled",
                    request.getRequestURI()));
            return;
        }
        // One answer for every other failure: no credentials, a wrong password, an unknown or disabled
        // account, an invalid token.
        response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\", charset=\"UTF-8\"");
        write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized",
                request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problems.of(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", request.getRequestURI()));
    }

    private void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
