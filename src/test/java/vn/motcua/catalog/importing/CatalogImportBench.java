package vn.motcua.catalog.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogTestData;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.OnTheSpot;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import benchmark (bench/catalog-import/README.md): 2,000 generated procedures through the same
 * path as the API. Not part of the normal run: its name does not end in Test, and it needs
 * {@code -Dmotcua.bench=true}.
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "motcua.bench", matches = "true")
class CatalogImportBench {

    private static final int COUNT = 2_000;

    @Autowired
    CatalogImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void importsTwoThousandProceduresInUnderTenSeconds() {
        String field = CatalogTestData.field(jdbc);
        String run = CatalogTestData.word(4).toUpperCase();
        byte[] file = json.writeValueAsBytes(generate(field, run));
        System.out.printf("bench: file of %d procedures, %d KB%n", COUNT, file.length / 1024);

        long start = System.nanoTime();
        ImportReport first = importer.importFile(file, ImportProgress.NONE);
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ImportReport again = importer.importFile(file, ImportProgress.NONE);
        long againMs = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("bench: first import %d ms (%d created, %d errors); unchanged re-import %d ms (%d unchanged)%n",
                firstMs, first.created(), first.failed(), againMs, again.unchanged());
        assertThat(first.created()).isEqualTo(COUNT);
        assertThat(again.unchanged()).isEqualTo(COUNT);
        assertThat(firstMs).isLessThan(10_000);
    }

    /** Realistic sizes: long names, 2–6 documents, 1–3 fees, legal texts and applicant steps. */
    private static List<ProcedureDefinition> generate(String field, String run) {
        Random random = new Random(42);
        List<ProcedureDefinition> procedures = new ArrayList<>();
        AdministrativeLevel[] levels = AdministrativeLevel.values();
        for (int i = 0; i < COUNT; i++) {
            List<DocumentRequirement> documents = new ArrayList<>();
            for (int d = 0, n = 2 + random.nextInt(5); d < n; d++) {
                documents.add(new DocumentRequirement("Giấy tờ số " + (d + 1) + " theo quy định của thủ tục " + i, 1,
                        random.nextInt(3), d < 2, "Mẫu số 0" + d, "https://dichvucong.example.vn/mau/" + i + "-" + d
                        + ".docx", random.nextBoolean()));
            }
            List<FeeItem> fees = new ArrayList<>();
            for (int f = 0, n = 1 + random.nextInt(3); f < n; f++) {
                fees.add(new FeeItem(f == 0 ? "Lệ phí cấp giấy" : "Phí thẩm định hồ sơ " + f,
                        f == 0 ? FeeKind.CHARGE : FeeKind.FEE, (long) random.nextInt(50) * 10_000,
                        "Thông tư số " + (10 + f) + "/2021/TT-BTC"));
            }
            procedures.add(new ProcedureDefinition("8." + (100000 + i) + ".B" + run,
                    "Thủ tục hành chính thử nghiệm về cấp, cấp lại, điều chỉnh giấy chứng nhận số " + i,
                    field, List.of(levels[i % levels.length]), null, List.of(),
                    new TimeLimit(BigDecimal.valueOf(1 + random.nextInt(30)), TimeLimit.Unit.WORKING_DAYS), fees,
                    documents, "Giấy chứng nhận", OnlineLevel.values()[i % 3], OnTheSpot.NONE,
                    List.of(ApplicantKind.CITIZEN), random.nextBoolean(),
                    "Luật số 01/2020/QH14; Nghị định số 02/2021/NĐ-CP; Thông tư số 03/2022/TT-BTP",
                    "Bước 1: Nộp hồ sơ.\nBước 2: Tiếp nhận và kiểm tra.\nBước 3: Giải quyết.\nBước 4: Trả kết quả.",
                    List.of(), List.of(), true));
        }
        return procedures;
    }
}
