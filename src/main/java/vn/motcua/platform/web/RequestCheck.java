package vn.motcua.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.platform.text.CleanText;

/**
 * The first look at every request, before Spring Security and Spring MVC: the query string and a
 * form body must decode (percent-encoding and UTF-8), every parameter must have a name the security
 * firewall accepts (assigned characters, no control character), and no value may carry a character
 * {@link CleanText} refuses (NUL, controls other than newline and tab, bidi overrides). Otherwise the
 * answer is {@code 400}, naming the parameter (problem details on the API, the error page on pages),
 * logged in one line: the servlet container would otherwise throw at the first
 * {@code getParameter} deep in the filter chain or a controller, and the caller would get a 500.
 */
public class RequestCheck extends OncePerRequestFilter {

    /** Tomcat's default limit; past it the container drops parameters with an exception. */
    static final int MAX_PARAMETERS = 1000;

    private static final Logger log = LoggerFactory.getLogger(RequestCheck.class);
    /** The names the security firewall ({@code StrictHttpFirewall}) lets through. */
    private static final Pattern ALLOWED_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private final ErrorResponses errors;

    public RequestCheck(ErrorResponses errors) {
        this.errors = errors;
    }

    /** Why a request is refused: the problem's message key and the parameter it names, if any. */
    record Refusal(String messageKey, String parameter) {

        List<FieldProblem> fields() {
            return parameter == null ? List.of() : List.of(new FieldProblem(parameter, messageKey));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = check(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused {} {}: {}{}", request.getMethod(), CleanText.visible(request.getRequestURI(), 200),
                refusal.messageKey(), refusal.parameter() == null ? "" : " (" + refusal.parameter() + ")");
        if (refusal.parameter() == null) {
            errors.write(request, response, HttpStatus.BAD_REQUEST, "bad-request", refusal.messageKey(), List.of());
        } else {
            errors.write(request, response, HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                    refusal.fields());
        }
    }

    static Refusal check(HttpServletRequest request) {
        Refusal refusal = query(request.getQueryString());
        if (refusal != null || !isFormBody(request)) {
            return refusal;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            // Tomcat's InvalidParameterException (an IllegalStateException): bad encoding or too many.
            return new Refusal("problem.query", null);
        }
        if (parameters.size() > MAX_PARAMETERS) {
            return new Refusal("problem.query", null);
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            refusal = parameter(parameter.getKey(), parameter.getValue());
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    /** Checks the raw query string as the container will decode it: {@code &}-separated, {@code +} a space. */
    static Refusal query(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        int count = 0;
        for (String chunk : query.split("&", -1)) {
            if (chunk.isEmpty()) {
                continue;
            }
            if (++count > MAX_PARAMETERS) {
                return new Refusal("problem.query", null);
            }
            int equals = chunk.indexOf('=');
            String rawName = equals < 0 ? chunk : chunk.substring(0, equals);
            if (rawName.isEmpty()) {
                return new Refusal("problem.query", null);
            }
            String name = decode(rawName);
            if (name == null) {
                return new Refusal("problem.field.encoding", CleanText.visible(rawName, 100));
            }
            String value = equals < 0 ? "" : decode(chunk.substring(equals + 1));
            if (value == null) {
                return new Refusal("problem.field.encoding", CleanText.visible(name, 100));
            }
            Refusal refusal = parameter(name, new String[] { value });
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    private static Refusal parameter(String name, String[] values) {
        if (name.isEmpty()) {
            return new Refusal("problem.query", null);
        }
        if (!ALLOWED_NAME.matcher(name).matches() || CleanText.problem(name, false) != null) {
            return new Refusal("problem.field.name", CleanText.visible(name, 100));
        }
        for (String value : values) {
            String problem = CleanText.problem(value, true);
            if (problem != null) {
                return new Refusal(problem, CleanText.visible(name, 100));
            }
        }
        return null;
    }

    /** Percent-decoding to strict UTF-8, {@code +} read as a space; {@code null} when either fails. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                // The container reads the query string's raw bytes as UTF-8 too.
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isFormBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && "POST".equals(request.getMethod())
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
