package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Scanned documents: uploaded, checked, named by the dossier, downloaded only by those who may see it. */
@IntegrationTest
class DossierFilesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void aScannedDocumentTravelsWithTheDossierAndOnlyInsidersDownloadIt() throws Exception {
        long agency = data.agency("Sở thử tệp", null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String upload = mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "Tờ khai.pdf", "application/pdf", PDF))
                        .with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        String fileId = JsonPath.read(upload, "$.id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat((String) JsonPath.read(upload, "$.sha256")).isEqualTo(sha);

        String body = DossierScenarioTest.intake(procedure, "RECEIVE", null)
                .replace("\"fileName\":\"to-khai.pdf\"", "\"fileId\":\"" + fileId + "\"");
        String dossier = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documents[0].sha256").value(sha))
                .andExpect(jsonPath("$.documents[0].fileName").value("Tờ khai.pdf"))
                .andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(dossier, "$.code");

        byte[] downloaded = mvc.perform(get("/api/v1/dossiers/{code}/files/{id}", code, fileId)
                        .with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        long other = data.agency("Sở không liên quan", null);
        String outsider = data.officer(other, Role.RECEPTION, other);
        mvc.perform(get("/api/v1/dossiers/{code}/files/{id}", code, fileId).with(httpBasic(outsider, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aResolutionCarriesItsResultDocument() throws Exception {
        long agency = data.agency("Sở thử kết quả", null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        String leader = data.officer(agency, Role.LEADER, agency);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String code = JsonPath.read(mvc.perform(post("/api/v1/dossiers/intake")
                .with(httpBasic(reception, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(DossierScenarioTest.intake(procedure, "RECEIVE", null)))
                .andReturn().getResponse().getContentAsString(), "$.code");
        mvc.perform(post("/api/v1/dossiers/{code}/actions/forward", code).with(httpBasic(specialist, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        String fileId = JsonPath.read(mvc.perform(multipart("/api/v1/files")
                .file(new MockMultipartFile("file", "Giấy phép.pdf", "application/pdf", PDF))
                .with(httpBasic(leader, TestData.PASSWORD))).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/dossiers/{code}/actions/resolve", code).with(httpBasic(leader, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"result\":\"APPROVED\",\"documents\":[{\"requirement\":\"Giấy phép\",\"fileId\":\""
                                + fileId + "\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[?(@.kind=='RESULT')].fileName").value("Giấy phép.pdf"));
    }

    @Test
    void unknownFilesAndFilesThatAreNotWhatTheyClaimAreRefused() throws Exception {
        long agency = data.agency("Sở thử tệp sai", null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "hop-dong.pdf", "application/pdf",
                                "đây không phải PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        String body = DossierScenarioTest.intake(procedure, "RECEIVE", null)
                .replace("\"fileName\":\"to-khai.pdf\"", "\"fileId\":\"00000000-0000-4000-8000-000000000000\"");
        mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("documents[0].fileId"));
    }
}
