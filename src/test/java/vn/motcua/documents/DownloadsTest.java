package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class DownloadsTest {

    static final byte[] PDF = SampleFiles.pdf();
    static final StoredFile FILE = new StoredFile("5b0c7a3e-1f7d-4d59-9a36-0d1f2e3c4b5a",
            "Giấy khai sinh (bản sao) – Đặng Thị *Ánh*.pdf", "application/pdf", PDF.length, "00", Instant.EPOCH);

    @RestController
    static class FileController {
        @GetMapping("/file")
        ResponseEntity<InputStreamResource> file() {
            return Downloads.attachment(FILE, new ByteArrayInputStream(PDF));
        }

        @GetMapping("/view")
        ResponseEntity<InputStreamResource> view() {
            return Downloads.inline(FILE, new ByteArrayInputStream(PDF));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FileController()).build();

    @Test
    void streamsTheBytesWithTheDetectedTypeAndSafetyHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/file")).andReturn();
        var response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo(String.valueOf(PDF.length));
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void theVietnameseNameSurvivesAndOldClientsGetAnAsciiOne() throws Exception {
        String header = mvc.perform(get("/file")).andReturn().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);

        assertThat(header).startsWith("attachment; ")
                .contains("filename=\"Giay khai sinh (ban sao) _ Dang Thi *Anh*.pdf\"");
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+^_`|~.-]+"); // RFC 5987 attr-chars only
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(FILE.originalName());
        // Spring's own parser (as a client would read it) gets the full name back.
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(FILE.originalName());
    }

    @Test
    void aFileCanBeShownInThePageInstead() throws Exception {
        String header = mvc.perform(get("/view")).andReturn().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(ContentDisposition.parse(header).isInline()).isTrue();
    }

    @Test
    void quotesAndBackslashesCannotBreakTheHeader() {
        assertThat(Downloads.contentDisposition("attachment", "a\"b\\c.pdf"))
                .startsWith("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
    }
}
