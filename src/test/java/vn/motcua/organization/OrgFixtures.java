package vn.motcua.organization;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Builds uniquely coded organization data through the API, as the bootstrap administrator. */
public final class OrgFixtures {

    public static final String PASSWORD = "Matkhau2026x";
    public static final RequestPostProcessor ADMIN = httpBasic("admin", "QuanTri@Test-2026");

    private final MockMvc mvc;

    public OrgFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    public long agency(String code, Long parentId) throws Exception {
        String body = """
                {"code":"%s","name":"Cơ quan %s","type":"DEPARTMENT","level":"PROVINCE","parentId":%s}
                """.formatted(code, code, parentId);
        return id(mvc.perform(post("/api/v1/agencies").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    public long desk(String code, long agencyId) throws Exception {
        String body = """
                {"code":"%s","name":"Bộ phận một cửa %s","level":"PROVINCE","agencyId":%d,"agencyIds":[%d]}
                """.formatted(code, code, agencyId, agencyId);
        return id(mvc.perform(post("/api/v1/desks").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** An officer of {@code agencyId} holding {@code role} at {@code roleAgencyId} (null = province), password {@link #PASSWORD}. */
    public long officer(String username, long agencyId, String role, Long roleAgencyId) throws Exception {
        String body = """
                {"fullName":"Nguyễn Văn %s","position":"Chuyên viên","agencyId":%d,"username":"%s","password":"%s",
                 "roles":[{"role":"%s","agencyId":%s}]}
                """.formatted(username, agencyId, username, PASSWORD, role, roleAgencyId);
        return id(mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    public static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
