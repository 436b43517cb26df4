package vn.motcua.calendar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's year calendar page. Changes only 2098, a year no other test uses. */
@IntegrationTest
class CalendarPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendars calendars;

    MockHttpSession session;

    @BeforeEach
    void login() throws Exception {
        clean();
        session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("QuanTri@Test-2026"))
                .andReturn().getRequest().getSession();
    }

    @AfterEach
    void clean() {
        jdbc.sql("delete from calendar_decided_day where decided_on between date '2098-01-01' and date '2098-12-31'")
                .update();
        calendars.invalidate();
    }

    @Test
    void yearPageShowsTwelveMonthsHolidaysAndTheForms() throws Exception {
        mvc.perform(get("/staff/calendar").param("year", "2024").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch làm việc năm 2024")))
                .andExpect(content().string(containsString("Tháng 12 năm 2024")))
                .andExpect(content().string(containsString("10/02/2024")))
                .andExpect(content().string(containsString("Tết Nguyên Đán")))
                .andExpect(content().string(containsString("Làm bù ngày thứ Hai 29/4/2024")))
                .andExpect(content().string(containsString("<label for=\"name\"")))
                .andExpect(content().string(containsString("Giờ làm việc mặc định của tỉnh")))
                .andExpect(content().string(containsString("value=\"07:30\"")));
    }

    @Test
    void addEditAndDeleteADecidedDay() throws Exception {
        mvc.perform(post("/staff/calendar/decided-days").session(session).with(csrf())
                .param("date", "2098-10-06").param("kind", "DAY_OFF").param("name", "Nghỉ thử trên trang")
                .param("legalReference", "TB 9/2098"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/calendar?year=2098&saved"));
        long id = jdbc.sql("select id from calendar_decided_day where decided_on = date '2098-10-06'")
                .query(Long.class).single();
        assertThat(calendars.provinceDefault().isWorkingDay(java.time.LocalDate.of(2098, 10, 6))).isFalse();
        mvc.perform(get("/staff/calendar").param("year", "2098").param("edit", String.valueOf(id)).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Nghỉ thử trên trang\"")))
                .andExpect(content().string(containsString("06/10/2098")));
        mvc.perform(post("/staff/calendar/decided-days/" + id).session(session).with(csrf())
                .param("date", "2098-10-10").param("kind", "DAY_OFF").param("name", "Đã sửa"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendars.provinceDefault().isWorkingDay(java.time.LocalDate.of(2098, 10, 6))).isTrue();
        mvc.perform(get("/staff/calendar/export").param("year", "2098").session(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("2098")))
                .andExpect(content().string(containsString("Đã sửa")));
        mvc.perform(post("/staff/calendar/decided-days/" + id + "/delete").session(session).with(csrf()))
                .andExpect(redirectedUrl("/staff/calendar?year=2098&deleted"));
        mvc.perform(get("/staff/calendar").param("year", "2098").session(session))
                .andExpect(content().string(not(containsString("Đã sửa"))));
    }

    @Test
    void invalidFormComesBackWithMessagesInVietnamese() throws Exception {
        mvc.perform(post("/staff/calendar/decided-days").session(session).with(csrf())
                .param("date", "2098-10-07").param("kind", "DAY_OFF").param("name", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Biểu mẫu có lỗi")))
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        mvc.perform(post("/staff/calendar/office-hours").param("year", "2098").session(session).with(csrf())
                .param("morningStart", "11:00").param("morningEnd", "10:00")
                .param("afternoonStart", "13:30").param("afternoonEnd", "17:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Giờ kết thúc phải sau giờ bắt đầu")));
    }

    @Test
    void importFromAFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "days.json", "application/json", """
                [{"date":"2098-10-06","kind":"DAY_OFF","name":"Nhập từ tệp"}]""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/staff/calendar/import").file(file).param("year", "2098").session(session).with(csrf()))
                .andExpect(redirectedUrl("/staff/calendar?year=2098&imported=1"));
        assertThat(calendars.provinceDefault().day(java.time.LocalDate.of(2098, 10, 6)).decidedName())
                .isEqualTo("Nhập từ tệp");
    }

    @Test
    void pageNeedsALogin() throws Exception {
        mvc.perform(get("/staff/calendar")).andExpect(status().is3xxRedirection());
    }
}
