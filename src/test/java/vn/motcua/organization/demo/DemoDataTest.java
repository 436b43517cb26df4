package vn.motcua.organization.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.organization.Agencies;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DemoDataTest {

    static final String PASSWORD = "DemoHungYen2026";

    @Autowired
    DemoData demo;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void demoProvinceIsLoadedOnceWithOneOfficerPerRole() throws Exception {
        boolean firstRunHere = demo.load(PASSWORD);
        long agencyCount = count("select count(*) from agency");
        long officerCount = count("select count(*) from officer");

        var province = agencies.byCode(DemoData.PROVINCE_CODE).orElseThrow();
        assertThat(province.name()).isEqualTo("Ủy ban nhân dân tỉnh Hưng Yên");
        assertThat(agencies.subtree(province.id())).hasSizeGreaterThanOrEqualTo(9);
        assertThat(agencies.byCode("HY.SNNMT").orElseThrow().name()).contains("Sở Nông nghiệp và Môi trường");
        assertThat(agencies.byCode("HY.CA").orElseThrow().parent()).isEmpty();
        assertThat(count("select count(*) from one_stop_desk where code = 'HY.TTPVHCC.MC' and service_center = true"))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from counter c join one_stop_desk d on d.id = c.desk_id where d.code like 'HY.%'
                """)).isEqualTo(10);
        assertThat(jdbc.sql("""
                select distinct r.role from officer_role r join account a on a.officer_id = r.officer_id
                where a.username in ('quantri.so', 'tiepnhan', 'chuyenvien', 'lanhdao', 'vanthu', 'giamsat')
                """).query(String.class).list())
                .containsExactlyInAnyOrder("ADMIN", "RECEPTION", "SPECIALIST", "LEADER", "CLERK", "MONITOR");

        assertThat(demo.load(PASSWORD)).isFalse();
        assertThat(count("select count(*) from agency")).isEqualTo(agencyCount);
        assertThat(count("select count(*) from officer")).isEqualTo(officerCount);

        if (firstRunHere) {
            // The department administrator works on its own department only.
            mvc.perform(get("/api/v1/officers").with(httpBasic("quantri.so", PASSWORD))).andExpect(status().isOk());
            long police = agencies.byCode("HY.CA").orElseThrow().id();
            mvc.perform(post("/api/v1/agencies/" + police + "/deactivate").with(httpBasic("quantri.so", PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void demoIsOnByDefaultOnlyOnTheEmbeddedDatabase() {
        assertThat(new DemoSwitch("auto", "jdbc:h2:file:./data/motcua").enabled()).isTrue();
        assertThat(new DemoSwitch("auto", "jdbc:postgresql://db/motcua").enabled()).isFalse();
        assertThat(new DemoSwitch("true", "jdbc:postgresql://db/motcua").enabled()).isTrue();
        assertThat(new DemoSwitch("false", "jdbc:h2:mem:x").enabled()).isFalse();
        assertThat(new DemoSwitch(null, "jdbc:h2:mem:x").enabled()).isTrue();
    }

    @Test
    void generatedDemoPasswordsMeetThePasswordPolicy() {
        var random = new java.security.SecureRandom();
        for (int i = 0; i < 200; i++) {
            assertThat(demo.problem(DemoPasswords.generate(random))).isEmpty();
        }
        assertThat(PASSWORD).hasSizeGreaterThanOrEqualTo(12);
        assertThat(demo.problem(PASSWORD)).isEmpty();
    }

    @Test
    void aDemoPasswordOutsideThePolicyIsRefusedAtStartWithTheReason() {
        // MOTCUA_DEMO_PASSWORD goes through identity's policy like any password (common, username, length).
        assertThat(demo.problem("Matkhau@2026")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(demo.problem("Giamsat-2026-HY")).hasValueSatisfying(p -> assertThat(p).contains("giamsat"));
        assertThat(demo.problem("Hung-Yen-26")).hasValueSatisfying(p -> assertThat(p).contains("12"));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> demo.load("matkhau123456"))
                .withMessageContaining("MOTCUA_DEMO_PASSWORD");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
