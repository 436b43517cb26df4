package vn.motcua.dossier;

import org.springframework.test.web.servlet.MockMvc;

/** The dossier fixtures for tests in other packages of the module. */
public final class DossierTestSupport {

    private DossierTestSupport() {
    }

    /** A five-working-day procedure of the agency: receive, appraise (16 h), approve (8 h), return. */
    public static String procedure(MockMvc mvc, String agencyCode) throws Exception {
        return DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
    }

    /** A counter intake of that procedure, received at once. */
    public static String intake(String procedure) {
        return DossierScenarioTest.intake(procedure, "RECEIVE", null);
    }

    /** The same procedure, also open to online submission by the applicant (full online service). */
    public static String onlineProcedure(MockMvc mvc, String agencyCode) throws Exception {
        return DossierFixtures.procedure(mvc, agencyCode, null, "FULL");
    }
}
