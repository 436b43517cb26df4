package vn.motcua.catalog;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.text.VietnameseTexts;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored {@code name_norm} and {@code search_norm} are the folded name and the folded searchable
 * text, for random names published the way the importer and the edit page publish. Rolled back, so
 * the random names never show up in another test's search.
 */
@IntegrationTest
class ProcedureSearchColumnsTest {

    private static final int PROCEDURES = 40;

    @Autowired
    ProcedurePublisher publisher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStoredSearchColumnsAreTheFoldedTexts() {
        long seed = new Random().nextLong();
        List<String> names = VietnameseTexts.sample(VietnameseTexts.names(), seed, PROCEDURES);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            String field = CatalogTestData.field(jdbc);
            String fieldName = jdbc.sql("select name from procedure_field where code = :c").param("c", field)
                    .query(String.class).single();
            Map<String, ProcedureDefinition> published = names.stream()
                    .map(name -> CatalogTestData.procedure(CatalogTestData.code(), name, field, null))
                    .collect(Collectors.toMap(ProcedureDefinition::code, p -> p));
            publisher.publishValid(List.copyOf(published.values()));

            published.forEach((code, p) -> {
                Map<String, Object> row = jdbc.sql("select name, name_norm, search_norm from procedure where code = :c")
                        .param("c", code).query().singleRow();
                assertThat(row.get("name")).as("seed %d, name of %s", seed, code).isEqualTo(p.name());
                assertThat(row.get("name_norm")).as("seed %d, name_norm of %s", seed, code)
                        .isEqualTo(SearchText.fold(p.name()));
                assertThat(row.get("search_norm")).as("seed %d, search_norm of %s", seed, code)
                        .isEqualTo(SearchText.fold(String.join(" ", p.name(), code, fieldName, p.result())));
            });
        });
    }
}
