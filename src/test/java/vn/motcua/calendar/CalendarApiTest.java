package vn.motcua.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar API, without login. */
@IntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void daysOfTet2024() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("from", "2024-02-07").param("to", "2024-02-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(9)))
                .andExpect(jsonPath("$[0].date").value("2024-02-07"))
                .andExpect(jsonPath("$[0].working").value(true))
                .andExpect(jsonPath("$[0].kind").value("WORKING"))
                .andExpect(jsonPath("$[3].date").value("2024-02-10"))
                .andExpect(jsonPath("$[3].working").value(false))
                .andExpect(jsonPath("$[3].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[3].name").value("Tết Nguyên Đán"))
                .andExpect(jsonPath("$[3].nameEn").value("Lunar New Year (Tết)"))
                .andExpect(jsonPath("$[7].name").value("Nghỉ bù Tết Nguyên Đán"))
                .andExpect(jsonPath("$[8].kind").value("WORKING"));
    }

    @Test
    void shippedDecisionsAreLoaded() throws Exception {
        // 2025: Friday 2/5 off, made up on Saturday 26/4 (calendar/decided-days.json).
        mvc.perform(get("/api/v1/calendar/days").param("from", "2025-04-26").param("to", "2025-05-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("WORKING_DAY"))
                .andExpect(jsonPath("$[0].working").value(true))
                .andExpect(jsonPath("$[6].kind").value("DAY_OFF"))
                .andExpect(jsonPath("$[6].working").value(false));
    }

    @Test
    void lunarDate() throws Exception {
        mvc.perform(get("/api/v1/calendar/lunar/2024-02-10")).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024)).andExpect(jsonPath("$.month").value(1))
                .andExpect(jsonPath("$.day").value(1)).andExpect(jsonPath("$.leapMonth").value(false));
        mvc.perform(get("/api/v1/calendar/lunar/2020-05-23")).andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value(4)).andExpect(jsonPath("$.leapMonth").value(true));
    }

    @Test
    void dueDateInDaysAndHours() throws Exception {
        mvc.perform(get("/api/v1/calendar/due").param("start", "2024-03-04T09:00:00+07:00").param("workingDays", "1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.due").value("2024-03-05T10:00:00Z"));
        mvc.perform(get("/api/v1/calendar/due").param("start", "2024-03-04T03:30:00Z").param("workingHours", "2"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.due").value("2024-03-04T07:30:00Z"));
        mvc.perform(get("/api/v1/calendar/due").param("start", "2024-03-04T02:00:00Z").param("workingDays", "0.25"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.due").value("2024-03-05T02:30:00Z"));
    }

    @Test
    void malformedDatesAreFieldErrorsInBothLanguages() throws Exception {
        invalid(mvc.perform(get("/api/v1/calendar/days").param("from", "2024-13-01").param("to", "01/02/2024")),
                "from")
                .andExpect(jsonPath("$.errors[*].field", hasItem("to")))
                .andExpect(jsonPath("$.errors[0].message.vi")
                        .value("Ngày không đúng định dạng năm-tháng-ngày (ví dụ 2025-01-29)."))
                .andExpect(jsonPath("$.errors[0].message.en").value("The date must be written year-month-day (e.g. 2025-01-29)."));
        invalid(mvc.perform(get("/api/v1/calendar/lunar/2024-02-30")), "date");
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", "yesterday").param("workingDays", "1")), "start");
    }

    @Test
    void badRangesAreRefused() throws Exception {
        invalid(mvc.perform(get("/api/v1/calendar/days").param("from", "2024-02-10").param("to", "2024-02-01")), "to")
                .andExpect(jsonPath("$.errors[0].message.vi").value("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."));
        invalid(mvc.perform(get("/api/v1/calendar/days").param("from", "2000-01-01").param("to", "2010-01-02")), "to")
                .andExpect(jsonPath("$.errors[0].message.en").value("The period may not be longer than 10 years."));
        invalid(mvc.perform(get("/api/v1/calendar/days").param("from", "1899-12-31").param("to", "1900-01-02")), "from");
        invalid(mvc.perform(get("/api/v1/calendar/days")), "from");
    }

    @Test
    void badLimitsAreRefused() throws Exception {
        String start = "2024-03-04T09:00:00+07:00";
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", start).param("workingDays", "-1")), "workingDays")
                .andExpect(jsonPath("$.errors[0].message.vi").value("Giá trị không được âm."))
                .andExpect(jsonPath("$.errors[0].message.en").value("The value may not be negative."));
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", start).param("workingHours", "abc")),
                "workingHours");
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", start).param("workingDays", "1")
                .param("workingHours", "8")), "workingDays")
                .andExpect(jsonPath("$.errors[*].field", hasItem("workingHours")));
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", start)), "workingDays");
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", "2100-12-30T09:00:00+07:00")
                .param("workingDays", "30")), "start");
    }

    @Test
    void unknownAgencyIsRefused() throws Exception {
        invalid(mvc.perform(get("/api/v1/calendar/due").param("start", "2024-03-04T09:00:00+07:00")
                .param("workingDays", "1").param("agency", "NO-SUCH-AGENCY-7731")), "agency")
                .andExpect(jsonPath("$.errors[0].message.vi").value("Không tìm thấy cơ quan có mã NO-SUCH-AGENCY-7731."))
                .andExpect(jsonPath("$.errors[0].message.en").value("No agency with code NO-SUCH-AGENCY-7731."));
        invalid(mvc.perform(get("/api/v1/calendar/days").param("from", "2024-01-01").param("to", "2024-01-02")
                .param("agency", "NO-SUCH-AGENCY-7731")), "agency");
    }

    private static ResultActions invalid(ResultActions result, String field) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("validation")))
                .andExpect(jsonPath("$.message.vi").exists())
                .andExpect(jsonPath("$.message.en").exists())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
