package vn.motcua.dossier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.dossier.intake.IntakeService;
import vn.motcua.organization.OfficerAccounts;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier module bootstrapped with only the modules it depends on (platform, organization,
 * calendar, catalog, documents): no identity, forms, reporting or web pages. Receiving a dossier at
 * the counter works through its own services, publishes its event and is readable through its public
 * API — so the module stands on its declared dependencies.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles(resolver = TestProfiles.class)
class DossierModuleTest {

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
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcedurePublisher publisher;

    @Test
    void aCounterReceiptIsStoredPublishedAndReadableThroughThePublicApi(AssertablePublishedEvents events) {
        ModuleFixtures.Desk desk = ModuleFixtures.desk(jdbc, publisher);

        Dossier received = intake.receiveAtDesk(desk.reception(), ModuleFixtures.receipt(desk));

        assertThat(received.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(received.code()).startsWith(desk.agencyCode() + "-");
        assertThat(events.ofType(DossierChanged.class)
                .matching(e -> e.code().equals(received.code()) && e.action() == DossierAction.RECEIVE))
                .singleElement().satisfies(e -> {
                    assertThat(e.nationalStatus()).isEqualTo(2);
                    assertThat(e.to()).isEqualTo(DossierStatus.PROCESSING);
                });
        Dossier read = dossiers.byCode(received.code()).orElseThrow();
        // The database keeps microseconds; the state the action returned holds the clock's nanoseconds.
        assertThat(read).usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing((Instant i) -> i.truncatedTo(ChronoUnit.MILLIS)),
                        Instant.class)
                .isEqualTo(received);
        assertThat(dossiers.history(read)).extracting(HistoryEntry::action)
                .containsExactly(DossierAction.SUBMIT, DossierAction.RECEIVE);
        assertThat(dossiers.documents(read)).extracting(DossierDocument::requirement)
                .containsExactly("Tờ khai theo mẫu");
        assertThat(dossiers.visible(desk.reception(), received.code()).id()).isEqualTo(read.id());
    }
}
