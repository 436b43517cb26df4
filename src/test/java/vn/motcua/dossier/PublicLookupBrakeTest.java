package vn.motcua.dossier;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public lookup's brake on guessing works by failures and never refuses a correct look-up because
 * of what others behind the same address did: per address and code (guessing one dossier's contact),
 * and per address over all codes (guessing codes), with {@code Retry-After}; a forwarded header from a
 * peer that is not a configured proxy does not change who the client is.
 */
@IntegrationTest
class PublicLookupBrakeTest {

    /** The applicant's phone in {@link DossierScenarioTest#intake}. */
    private static final String PHONE = "0912345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    private String reception;
    private String procedure;

    @BeforeEach
    void desk() throws Exception {
        long agency = data.agency("Sở thử tra cứu", null);
        reception = data.officer(agency, Role.RECEPTION, agency);
        procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
    }

    @Test
    void failuresOnOtherCodesFromOneAddressDoNotBrakeACorrectLookUp() throws Exception {
        String code = received();
        String address = address();
        for (int i = 0; i < 30; i++) {
            lookUp(code + "X" + i, PHONE, address).andExpect(status().isNotFound());
        }
        lookUp(code, PHONE, address).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void guessingOneCodesContactBrakesThatCodeForThatAddressOnly() throws Exception {
        String code = received();
        String other = received();
        String address = address();
        for (int i = 0; i < 10; i++) {
            lookUp(code, "09000000" + (10 + i), address).andExpect(status().isNotFound());
        }
        lookUp(code, PHONE, address).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d*")))
                .andExpect(jsonPath("$.status").value(429));
        lookUp(code, PHONE, address()).andExpect(status().isOk());
        lookUp(other, PHONE, address).andExpect(status().isOk());
    }

    @Test
    void manyFailuresFromOneAddressAre429WithRetryAfterButItsCorrectLookUpsAreAnswered() throws Exception {
        String code = received();
        String address = address();
        for (int i = 0; i < 100; i++) {
            lookUp(code + "Y" + i, PHONE, address).andExpect(status().isNotFound());
        }
        lookUp(code + "Z", PHONE, address).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        lookUp(code, PHONE, address).andExpect(status().isOk());
    }

    @Test
    void aForwardedHeaderFromAPeerThatIsNoConfiguredProxyIsIgnored() throws Exception {
        String code = received();
        String address = address();
        for (int i = 0; i < 10; i++) {
            int n = i;
            mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "09000000" + (10 + i))
                    .header("X-Forwarded-For", "203.0.113." + n).with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", PHONE)
                .header("X-Forwarded-For", "198.51.100.7").with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andExpect(status().isTooManyRequests());
    }

    private ResultActions lookUp(String code, String contact, String address) throws Exception {
        return mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", contact).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }));
    }

    private String received() throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(DossierScenarioTest.intake(procedure, "RECEIVE", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }
}
