package vn.motcua.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administration of decided days and office hours. It changes the province's calendar, so it works
 * only in 2096–2097, years no other test uses, and removes what it made.
 */
@IntegrationTest
class CalendarAdminApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "QuanTri@Test-2026");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendars calendars;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.sql("delete from calendar_decided_day where decided_on between date '2096-01-01' and date '2097-12-31'")
                .update();
        calendars.invalidate();
    }

    @Test
    void administrationNeedsALogin() throws Exception {
        mvc.perform(get("/api/v1/calendar/decided-days")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/calendar/decided-days").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calendar/office-hours")).andExpect(status().isUnauthorized());
    }

    @Test
    void createUpdateAndDeleteADecidedDayChangesTheCalendarAndIsAudited() throws Exception {
        String body = """
                {"date":"2096-06-04","kind":"DAY_OFF","name":"Nghỉ hoán đổi thử nghiệm","legalReference":"TB 1/2096"}""";
        String created = mvc.perform(post("/api/v1/calendar/decided-days").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("DAY_OFF"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/calendar/days").param("from", "2096-06-04").param("to", "2096-06-04"))
                .andExpect(jsonPath("$[0].kind").value("DAY_OFF"))
                .andExpect(jsonPath("$[0].name").value("Nghỉ hoán đổi thử nghiệm"));
        // The same date twice is a field error.
        mvc.perform(post("/api/v1/calendar/decided-days").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));

        mvc.perform(put("/api/v1/calendar/decided-days/" + id).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"date":"2096-06-09","kind":"WORKING_DAY","name":"Làm bù thử nghiệm"}"""))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/calendar/days").param("from", "2096-06-04").param("to", "2096-06-09"))
                .andExpect(jsonPath("$[0].kind").value("WORKING"))
                .andExpect(jsonPath("$[5].kind").value("WORKING_DAY"));
        assertThat(calendars.provinceDefault().isWorkingDay(java.time.LocalDate.of(2096, 6, 9))).isTrue();

        mvc.perform(delete("/api/v1/calendar/decided-days/" + id).with(ADMIN)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/calendar/days").param("from", "2096-06-09").param("to", "2096-06-09"))
                .andExpect(jsonPath("$[0].kind").value("WEEKEND"));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'calendar.DecidedDay' and entity_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void invalidDecidedDaysAreFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/calendar/decided-days").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"date":"2096-06-04","kind":"HOLIDAY","name":" "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        mvc.perform(post("/api/v1/calendar/decided-days").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"date":"2096-02-30","kind":"DAY_OFF","name":"x"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void importAndExportAsJson() throws Exception {
        mvc.perform(post("/api/v1/calendar/decided-days/import").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        [{"date":"2097-03-05","kind":"DAY_OFF","name":"Nghỉ","legalReference":"TB 2/2097"},
                         {"date":"2097-03-09","kind":"WORKING_DAY","name":"Làm bù","legalReference":"TB 2/2097"}]"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        mvc.perform(get("/api/v1/calendar/decided-days/export").param("year", "2097").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].date").value("2097-03-05"))
                .andExpect(jsonPath("$[1].kind").value("WORKING_DAY"))
                .andExpect(jsonPath("$[1].legalReference").value("TB 2/2097"));
        // A bad element rejects the whole import and names the element.
        mvc.perform(post("/api/v1/calendar/decided-days/import").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        [{"date":"2097-03-06","kind":"DAY_OFF","name":"Nghỉ"},{"date":"2097-03-06","kind":"DAY_OFF","name":""}]"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("[1].name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("[1].date")));
        mvc.perform(get("/api/v1/calendar/decided-days").param("year", "2097").with(ADMIN))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void agencyOfficeHoursApplyToItsDueDates() throws Exception {
        String code = "CAL-" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into agency (code, name, type, level, active, created_at, updated_at)
                values (:code, 'Cơ quan thử lịch', 'OTHER', 'PROVINCE', true, :now, :now)""")
                .param("code", code).param("now", now).update();
        try {
            mvc.perform(put("/api/v1/calendar/office-hours/" + code).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"morningStart":"08:00","morningEnd":"12:00","afternoonStart":"13:00","afternoonEnd":"17:30"}"""))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.agency").value(code));
            mvc.perform(get("/api/v1/calendar/due").param("start", "2024-03-04T09:00:00+07:00")
                    .param("workingDays", "1").param("agency", code))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.due").value("2024-03-05T10:30:00Z"));
            mvc.perform(put("/api/v1/calendar/office-hours/" + code).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"morningStart":"08:00","morningEnd":"12:00","afternoonStart":"11:00","afternoonEnd":"10:30"}"""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("afternoonStart")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("afternoonEnd")));
            mvc.perform(delete("/api/v1/calendar/office-hours/" + code).with(ADMIN)).andExpect(status().isNoContent());
            mvc.perform(get("/api/v1/calendar/due").param("start", "2024-03-04T09:00:00+07:00")
                    .param("workingDays", "1").param("agency", code))
                    .andExpect(jsonPath("$.due").value("2024-03-05T10:00:00Z"));
        } finally {
            jdbc.sql("delete from calendar_office_hours where agency_id = (select id from agency where code = :code)")
                    .param("code", code).update();
            jdbc.sql("delete from agency where code = :code").param("code", code).update();
            calendars.invalidate();
        }
    }
}
