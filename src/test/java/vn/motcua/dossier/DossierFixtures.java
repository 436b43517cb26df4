package vn.motcua.dossier;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.TestData;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Publishes test procedures through the catalog API, with unique codes. */
final class DossierFixtures {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "QuanTri@Test-2026";

    private DossierFixtures() {
    }

    static void field(MockMvc mvc, String code) throws Exception {
        mvc.perform(put("/api/v1/catalog/fields/{code}", code).with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"name\":\"Lĩnh vực thử\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    /**
     * A procedure resolved by {@code agencyCode} in 5 working days: receive (4 h), appraise (16 h),
     * approve (8 h), return; one required document "Tờ khai". {@code chain} adds an interconnected
     * second agency with its own appraisal and approval.
     */
    static String procedure(MockMvc mvc, String agencyCode, String chainSecond, String onlineLevel) throws Exception {
        String field = TestData.unique("LV");
        field(mvc, field);
        String code = TestData.unique("9.");
        String chain = chainSecond == null ? "[]" : "[\"" + agencyCode + "\",\"" + chainSecond + "\"]";
        String process = chainSecond == null ? """
                {"name":"Tiếp nhận","role":"RECEPTION","agency":"RESOLVING","share":{"amount":4,"unit":"WORKING_HOURS"}},
                {"name":"Thẩm định","role":"SPECIALIST","agency":"RESOLVING","share":{"amount":16,"unit":"WORKING_HOURS"}},
                {"name":"Phê duyệt","role":"LEADER","agency":"RESOLVING","share":{"amount":8,"unit":"WORKING_HOURS"}},
                {"name":"Trả kết quả","role":"RECEPTION","agency":"RESOLVING","share":{"amount":0,"unit":"WORKING_HOURS"}}
                """ : """
                {"name":"Tiếp nhận","role":"RECEPTION","agency":"RESOLVING","share":{"amount":4,"unit":"WORKING_HOURS"}},
                {"name":"Thẩm định tại cơ quan thứ nhất","role":"SPECIALIST","agency":"RESOLVING","share":{"amount":8,"unit":"WORKING_HOURS"}},
                {"name":"Thẩm định tại cơ quan thứ hai","role":"SPECIALIST","agency":"NEXT_IN_CHAIN","share":{"amount":8,"unit":"WORKING_HOURS"}},
                {"name":"Phê duyệt","role":"LEADER","agency":"NEXT_IN_CHAIN","share":{"amount":8,"unit":"WORKING_HOURS"}},
                {"name":"Trả kết quả","role":"RECEPTION","agency":"RESOLVING","share":{"amount":0,"unit":"WORKING_HOURS"}}
                """;
        String body = """
                {"code":"%s","name":"Thủ tục thử nghiệm %s","field":"%s","levels":["PROVINCE"],"agency":"%s",
                 "chain":%s,"timeLimit":{"amount":5,"unit":"WORKING_DAYS"},
                 "fees":[],"documents":[{"name":"Tờ khai","originals":1,"copies":0,"required":true}],
                 "result":"Giấy phép","onlineLevel":"%s","onTheSpot":"NONE","applicants":["CITIZEN"],
                 "anyResidence":false,"process":[%s],"active":true}
                """.formatted(code, code, field, agencyCode, chain, onlineLevel, process);
        mvc.perform(put("/api/v1/catalog/procedures/{code}", code).with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is2xxSuccessful());
        return code;
    }
}
