package vn.motcua.forms;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ModuleFixtures;
import vn.motcua.dossier.intake.IntakeService;
import vn.motcua.organization.OfficerAccounts;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms module with the modules it depends on and theirs (dossier, catalog, organization,
 * calendar, documents, platform), without identity, reporting or the web pages: receiving a dossier
 * issues its receipt (Mẫu 01) through the outbox — the dossier event is delivered to the forms
 * module's listener after the commit, and the listener keeps the PDF with the dossier.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles(resolver = TestProfiles.class)
class FormsModuleTest {

    @TestConfiguration
    static class WithoutIdentity {
        @Bean
        OfficerAccounts officerAccounts() {
            return new ModuleFixtures.NoAccounts();
        }
    }

    @Autowired
    IntakeService intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcedurePublisher publisher;

    @Test
    void receivingADossierIssuesMau01ThroughTheOutbox(Scenario scenario) {
        ModuleFixtures.Desk desk = ModuleFixtures.desk(jdbc, publisher);
        String[] code = new String[1];

        scenario.stimulate(() -> {
            Dossier d = intake.receiveAtDesk(desk.reception(), ModuleFixtures.receipt(desk));
            code[0] = d.code();
            return d;
        }).andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> forms(code[0]), n -> n > 0)
                .andVerify(n -> {
                    assertThat(n).isEqualTo(1);
                    assertThat(jdbc.sql("select form_number from generated_form where dossier_code = :c")
                            .param("c", code[0]).query(String.class).single()).isEqualTo(FormNumber.RECEIPT.number());
                });
    }

    private long forms(String code) {
        return code == null ? 0 : jdbc.sql("select count(*) from generated_form where dossier_code = :c")
                .param("c", code).query(Long.class).single();
    }
}
