package vn.motcua.platform.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value the database refuses, when a check upstream let it through: the caller's input (400) or a
 * unique key taken meanwhile (409), logged in one line; never a 500, never a stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRefusalTest {

    @Autowired
    ErrorHandling handling;

    private static SQLException state(String state) {
        return new SQLException("ERROR: value too long for type character varying(1000)", state);
    }

    @Test
    void aValueTooLongOrUnstorableIsA400OnTheApiAndOnPages(CapturedOutput output) {
        for (String state : new String[] { "22001", "22021", "22P05", "22003" }) {
            Object api = handling.data(new DataIntegrityViolationException("insert", state(state)),
                    new MockHttpServletRequest("POST", "/api/v1/dossiers/intake"), new MockHttpServletResponse());
            assertThat(api).isInstanceOf(ResponseEntity.class);
            ResponseEntity<?> entity = (ResponseEntity<?>) api;
            assertThat(entity.getStatusCode().value()).as(state).isEqualTo(400);
            assertThat(((Problem) entity.getBody()).type()).isEqualTo("urn:motcua:problem:bad-request");
            assertThat(((Problem) entity.getBody()).message().en()).contains("too long");
        }
        Object page = handling.data(new UncategorizedSQLException("update", "update x", state("22021")),
                new MockHttpServletRequest("POST", "/staff/agencies"), new MockHttpServletResponse());
        assertThat(((ModelAndView) page).getStatus().value()).isEqualTo(400);
        assertThat(output.getOut()).contains("Database refused a value on POST /api/v1/dossiers/intake (SQLSTATE 22001)")
                .doesNotContain("\tat ");
    }

    @Test
    void aUniqueKeyTakenMeanwhileIsAConflict() {
        ResponseEntity<?> entity = (ResponseEntity<?>) handling.data(
                new DataIntegrityViolationException("insert", state("23505")),
                new MockHttpServletRequest("POST", "/api/v1/agencies"), new MockHttpServletResponse());
        assertThat(entity.getStatusCode().value()).isEqualTo(409);
        assertThat(((Problem) entity.getBody()).type()).isEqualTo("urn:motcua:problem:conflict");
    }

    @Test
    void aLockWaitThatTimesOutIsA503WithRetryAfter() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ResponseEntity<?> entity = (ResponseEntity<?>) handling.data(
                new QueryTimeoutException("Timeout trying to lock table"),
                new MockHttpServletRequest("POST", "/api/v1/dossiers/intake"), response);
        assertThat(entity.getStatusCode().value()).isEqualTo(503);
        assertThat(((Problem) entity.getBody()).type()).isEqualTo("urn:motcua:problem:busy");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        ResponseEntity<?> locked = (ResponseEntity<?>) handling.data(
                new CannotAcquireLockException("lock"), new MockHttpServletRequest("POST", "/api/v1/agencies"),
                new MockHttpServletResponse());
        assertThat(locked.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anyOtherDatabaseFailureStaysAFault(CapturedOutput output) {
        ResponseEntity<?> entity = (ResponseEntity<?>) handling.data(
                new DataIntegrityViolationException("insert", state("08006")),
                new MockHttpServletRequest("GET", "/api/v1/agencies"), new MockHttpServletResponse());
        assertThat(entity.getStatusCode().value()).isEqualTo(500);
        assertThat(output.getOut()).contains("Unexpected failure on GET /api/v1/agencies");
    }
}
