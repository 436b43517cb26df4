package vn.motcua.catalog.importing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

import vn.motcua.catalog.Catalog;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CatalogDemoDataTest {

    @Autowired
    DemoCatalogLoader loader;
    @Autowired
    CatalogImporter importer;
    @Autowired
    Catalog catalog;

    @Test
    void theDemoProceduresAllImportAndReimportingChangesNothing() throws Exception {
        ImportReport first = importer.importFile(loader.resolved(), ImportProgress.NONE);
        assertThat(first.errors()).isEmpty();
        assertThat(first.total()).isGreaterThanOrEqualTo(30);
        ImportReport again = importer.importFile(loader.resolved(), ImportProgress.NONE);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(catalog.current("1.001193")).hasValueSatisfying(v ->
                assertThat(v.content().name()).isEqualTo("Đăng ký khai sinh"));
        assertThat(catalog.current("2.000488")).isPresent();
    }

    @Test
    void demoDataIsOnByDefaultOnlyOnTheEmbeddedDatabase() {
        assertThat(DemoCatalogLoader.demoEnabled(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/motcua"))).isTrue();
        assertThat(DemoCatalogLoader.demoEnabled(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/motcua"))).isFalse();
        assertThat(DemoCatalogLoader.demoEnabled(new MockEnvironment().withProperty("motcua.demo.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/motcua"))).isTrue();
        assertThat(DemoCatalogLoader.demoEnabled(new MockEnvironment().withProperty("motcua.demo.enabled", "false")
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x"))).isFalse();
    }
}
