package vn.motcua.dossier.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierCode;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DossierCodesTest {

    @Autowired
    DossierCodes codes;
    @Autowired
    TransactionTemplate tx;

    @Test
    void codesFollowTheCircularPatternInLocalTime() {
        String agency = TestData.unique("000.00.12.H");
        // 18:30 UTC on 31/12/2025 is already 01:30 on 1/1/2026 in Hà Nội.
        DossierCode first = tx.execute(s -> codes.next(agency, Instant.parse("2025-12-31T18:30:00Z")));
        DossierCode second = tx.execute(s -> codes.next(agency, Instant.parse("2026-01-01T09:00:00Z")));
        assertThat(first.value()).isEqualTo(agency + "-260101-0001");
        assertThat(second.value()).isEqualTo(agency + "-260101-0002");
        assertThat(tx.execute(s -> codes.next(agency, Instant.parse("2026-01-02T02:00:00Z"))).value())
                .isEqualTo(agency + "-260102-0001");
    }

    @Test
    void aRolledBackReceiptGivesItsNumberBack() {
        String agency = TestData.unique("H");
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        tx.executeWithoutResult(s -> {
            codes.next(agency, at);
            s.setRollbackOnly();
        });
        assertThat(tx.execute(s -> codes.next(agency, at)).value()).endsWith("-0001");
    }

    @Test
    void fiftyThreadsReceivingAtOnceGetFiftyDistinctCodes() throws Exception {
        String agency = TestData.unique("H");
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        int threads = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<String> receive = () -> {
                    start.await();
                    return tx.execute(s -> codes.next(agency, at)).value();
                };
                results.add(pool.submit(receive));
            }
            start.countDown();
            List<String> allocated = new ArrayList<>();
            for (Future<String> result : results) {
                allocated.add(result.get());
            }
            Set<String> expected = IntStream.rangeClosed(1, threads)
                    .mapToObj(n -> agency + "-260303-" + String.format("%04d", n)).collect(Collectors.toSet());
            assertThat(allocated).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
