package vn.motcua.reporting.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.dossier.counts.CountedFacts;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.reporting.ReportFilter;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.ResolutionReports;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public statistics without login: the province's totals equal the resolution report of the same
 * period; current, previous and chosen periods; bad and future periods refused; figures cached.
 * The clock is set in 2019 so that no other test's dossiers fall in the periods counted here.
 */
@IntegrationTest
class PublicStatisticsTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Actor PROVINCE = new Actor(0, "test", "Test", Actor.Kind.OFFICER, null,
            Map.of(Role.MONITOR, AgencyScope.PROVINCE));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DayCountLedger ledger;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ResolutionReports reports;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCurrentMonthAndQuarterEqualTheReportOfTheSamePeriod() throws Exception {
        clock.set(at("2019-08-15T10:00"));
        String agency = dossiers("2019-08-0", 3, "2019-07-20");
        ResolutionReport month = report("2019-08-01", "2019-08-15");
        ResolutionReport quarter = report("2019-07-01", "2019-08-15");
        compare(mvc.perform(get("/api/v1/public/statistics")), month)
                .andExpect(jsonPath("$.period.kind").value("MONTH"))
                .andExpect(jsonPath("$.period.number").value(8))
                .andExpect(jsonPath("$.period.current").value(true))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", "max-age=60, public"))
                .andExpect(jsonPath("$.rows[?(@.agencyCode=='" + agency + "')].received").value(3));
        compare(mvc.perform(get("/api/v1/public/statistics").param("period", "quarter")), quarter)
                .andExpect(jsonPath("$.period.kind").value("QUARTER"))
                .andExpect(jsonPath("$.period.from").value("2019-07-01"))
                .andExpect(jsonPath("$.period.to").value("2019-08-15"))
                .andExpect(jsonPath("$.rows[?(@.agencyCode=='" + agency + "')].received").value(4));
        mvc.perform(get("/thong-ke").param("period", "quarter"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý 3/2019")))
                .andExpect(content().string(containsString("từ ngày 01/07/2019 đến ngày 15/08/2019")))
                .andExpect(content().string(containsString("Toàn tỉnh")))
                .andExpect(content().string(containsString("Thống kê thử TK")))
                .andExpect(content().string(not(containsString("Nguyễn Văn A"))));
    }

    @Test
    void aPastPeriodIsWholeAndTheFigureIsKeptForAFewMinutes() throws Exception {
        clock.set(at("2019-11-20T10:00"));
        dossiers("2019-05-1", 2, null);
        ResolutionReport may = report("2019-05-01", "2019-05-31");
        compare(mvc.perform(get("/api/v1/public/statistics").param("year", "2019").param("month", "5")), may)
                .andExpect(jsonPath("$.period.to").value("2019-05-31"))
                .andExpect(jsonPath("$.period.current").value(false));
        long before = may.totals().received();
        dossiers("2019-05-2", 1, null);
        mvc.perform(get("/api/v1/public/statistics").param("year", "2019").param("month", "5"))
                .andExpect(jsonPath("$.totals.received").value(before));
        clock.advance(Duration.ofMinutes(6));
        mvc.perform(get("/api/v1/public/statistics").param("year", "2019").param("month", "5"))
                .andExpect(jsonPath("$.totals.received").value(before + 1));
    }

    @Test
    void badAndFuturePeriodsAreFieldProblems() throws Exception {
        clock.set(at("2019-11-20T10:00"));
        mvc.perform(get("/api/v1/public/statistics").param("period", "week").param("year", "19x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("period",
                        "year")))
                .andExpect(jsonPath("$.errors[?(@.field=='year')].message.vi")
                        .value(org.hamcrest.Matchers.hasItem("Giá trị phải là số từ 2000 đến 2019.")));
        mvc.perform(get("/api/v1/public/statistics").param("year", "2019").param("month", "12"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].message.en").value("This period has not come yet."));
        mvc.perform(get("/api/v1/public/statistics").param("period", "quarter").param("quarter", "5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quarter"));
        mvc.perform(get("/api/v1/public/statistics").param("year", "2018"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(get("/api/v1/public/statistics").param("year", "2020").param("month", "1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/thong-ke").param("period", "quarter").param("year", "2019").param("quarter", "4")
                .param("lang", "vi")).andExpect(status().isOk());
        mvc.perform(get("/thong-ke").param("year", "2019").param("month", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kỳ thống kê này chưa đến.")));
    }

    /** {@code count} dossiers received on days {@code prefix}1.. of one new agency, and one carried over. */
    private String dossiers(String dayPrefix, int count, String carriedOverDay) {
        String code = TestData.unique("TK");
        long agency = data.agency("Thống kê thử " + code, null);
        String agencyCode = data.agencyCode(agency);
        for (int i = 1; i <= count; i++) {
            insert(agency, dayPrefix + i);
        }
        if (carriedOverDay != null) {
            insert(agency, carriedOverDay);
        }
        return agencyCode;
    }

    private void insert(long agency, String day) {
        Instant received = at(day + "T09:00");
        jdbc.sql("""
                insert into dossier (code, procedure_code, procedure_version, procedure_name, field_code, level,
                    online_level, resolving_agency_id, receiving_agency_id, channel, delivery, status, received_at,
                    due_at, applicant_kind, applicant_name, rule_set)
                values (:code, 'P', 1, 'Thủ tục thử', 'F', 'PROVINCE', 'FULL', :agency, :agency, 'ONLINE', 'COUNTER',
                    'PROCESSING', :received, :due, 'CITIZEN', 'Nguyễn Văn A', 'NĐ118')
                """).param("code", TestData.unique("TK")).param("agency", agency)
                .param("received", java.sql.Timestamp.from(received))
                .param("due", java.sql.Timestamp.from(received.plus(Duration.ofDays(30)))).update();
        // Rows written by SQL bring their report day counts along, as an import does.
        ledger.recordInserted(List.of(new CountedFacts(agency, "PROVINCE", "PROCESSING", "ONLINE", received,
                received.plus(Duration.ofDays(30)), null)));
    }

    private ResolutionReport report(String from, String to) {
        return reports.report(PROVINCE, ReportPeriod.of(LocalDate.parse(from), LocalDate.parse(to), HANOI),
                ReportFilter.ALL);
    }

    private static ResultActions compare(ResultActions result, ResolutionReport report) throws Exception {
        var t = report.totals();
        result.andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.received").value(t.received()))
                .andExpect(jsonPath("$.totals.carriedOver").value(t.carriedOver()))
                .andExpect(jsonPath("$.totals.resolved").value(t.resolved()))
                .andExpect(jsonPath("$.totals.resolvedEarly").value(t.resolvedEarly()))
                .andExpect(jsonPath("$.totals.resolvedOnTime").value(t.resolvedOnTime()))
                .andExpect(jsonPath("$.totals.resolvedLate").value(t.resolvedLate()))
                .andExpect(jsonPath("$.totals.inProgress").value(t.inProgress()))
                .andExpect(jsonPath("$.rows.length()").value(report.rows().size()));
        for (String personal : List.of("applicant", "code\":\"TK")) {
            result.andExpect(content().string(not(containsString(personal))));
        }
        return result;
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }
}
