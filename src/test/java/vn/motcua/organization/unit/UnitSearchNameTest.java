package vn.motcua.organization.unit;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.text.VietnameseTexts;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored {@code search_name} is the folded name, for random names imported through the importer,
 * and the list finds every unit by its own name. Runs in a transaction that is rolled back: the
 * official editions other tests count stay as they are.
 */
@IntegrationTest
class UnitSearchNameTest {

    private static final int UNITS = 40;

    @Autowired
    UnitImporter importer;
    @Autowired
    UnitQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStoredSearchNameIsTheFoldedNameAndFindsTheUnit() {
        long seed = new Random().nextLong();
        List<String> names = VietnameseTexts.sample(VietnameseTexts.names(), seed, UNITS);

        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Set<String> taken = new HashSet<>(jdbc.sql("select code from administrative_unit where edition = '2025'")
                    .query(String.class).list());
            String province = IntStream.rangeClosed(10, 99).mapToObj(String::valueOf).filter(c -> !taken.contains(c))
                    .reduce((a, b) -> b).orElseThrow();
            Map<String, String> wards = new LinkedHashMap<>();
            for (int code = 99999; wards.size() < names.size(); code--) {
                if (!taken.contains(String.valueOf(code))) {
                    wards.put(String.valueOf(code), names.get(wards.size()));
                }
            }
            importer.importFile(new ByteArrayInputStream(file(province, wards)), "random names");

            Map<String, String[]> stored = new LinkedHashMap<>();
            jdbc.sql("""
                    select u.code, u.name, u.search_name from administrative_unit u
                    join administrative_unit p on p.id = u.parent_id
                    where u.edition = '2025' and p.code = :province
                    """).param("province", province)
                    .query(rs -> {
                        stored.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
                    });
            assertThat(stored.keySet()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(wards.keySet());
            wards.forEach((code, name) -> {
                assertThat(stored.get(code)[0]).as("seed %d, name of %s", seed, code)
                        .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC).strip());
                assertThat(stored.get(code)[1]).as("seed %d, search_name of %s", seed, code)
                        .isEqualTo(SearchText.fold(name));
                assertThat(codesFound(province, name)).as("seed %d, %s found by its name", seed, code).contains(code);
            });
            // LIKE wildcards in a query match themselves, not any text.
            for (String wildcard : List.of("%", "_")) {
                assertThat(codesFound(province, wildcard)).as("seed %d, query %s", seed, wildcard)
                        .containsExactlyInAnyOrderElementsOf(wards.keySet().stream()
                                .filter(code -> SearchText.fold(wards.get(code)).contains(wildcard)).toList());
            }
        });
    }

    private List<String> codesFound(String province, String q) {
        List<String> codes = new ArrayList<>();
        queries.search(new UnitQueries.Filter("2025", AdministrativeLevel.COMMUNE, province, q),
                new PageRequest(0, PageRequest.MAX_SIZE)).items().forEach(item -> codes.add(item.unit().code()));
        return codes;
    }

    private byte[] file(String province, Map<String, String> wards) {
        List<Map<String, String>> children = new ArrayList<>();
        wards.forEach((code, name) -> children.add(Map.of("Code", code, "Name", name, "FullName", "Phường " + name)));
        return json.writeValueAsBytes(List.of(Map.of("Code", province, "Name", "Thử " + province,
                "FullName", "Tỉnh Thử " + province, "Wards", children)));
    }
}
