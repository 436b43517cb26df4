package vn.motcua.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ErrorHandlingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void unknownApiPathIsAProblemInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/khong-ton-tai").with(httpBasic("admin", "QuanTri@Test-2026")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.message.vi").value("Không tìm thấy tài nguyên được yêu cầu."))
                .andExpect(jsonPath("$.message.en").value("The requested resource was not found."))
                .andExpect(jsonPath("$.instance").value("/api/v1/khong-ton-tai"));
    }

    @Test
    void englishIsChosenWithAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/khong-ton-tai").with(httpBasic("admin", "QuanTri@Test-2026"))
                        .header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("The requested resource was not found."));
    }

    @Test
    void wrongMethodAndMediaTypeAreProblemsNotServerErrors() throws Exception {
        mvc.perform(patch("/api/v1/account/password").with(httpBasic("admin", "QuanTri@Test-2026")))
                .andExpect(status().isMethodNotAllowed()).andExpect(jsonPath("$.status").value(405));
        mvc.perform(post("/api/v1/account/password").with(httpBasic("admin", "QuanTri@Test-2026"))
                        .contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void unknownPageShowsTheVietnameseErrorPage() throws Exception {
        mvc.perform(get("/staff/khong-co-trang-nay").session(Sessions.admin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy tài nguyên được yêu cầu.")))
                .andExpect(content().string(containsString("Về trang chủ")));
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aPageFormPostedWithoutItsCsrfTokenIsRefusedWithTheVietnameseErrorPage() throws Exception {
        var session = Sessions.admin(mvc);
        mvc.perform(post("/logout").session(session))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/error/403"));
        // The forward keeps the POST method: the error page must answer it, not 405.
        mvc.perform(post("/error/403").session(session).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này.")));
    }

    @Test
    void anonymousPageVisitIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/staff")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
