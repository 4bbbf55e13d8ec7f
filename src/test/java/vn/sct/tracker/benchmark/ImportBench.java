package vn.sct.tracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sct.tracker.intake.ProgrammeFiles;
import vn.sct.tracker.support.ApiClient;

/**
 * A programme imported through {@code POST /api/directive-imports} (XLSX, every row checked, registered and
 * started in one transaction) against the bare engine starting as many instances of the bare process of
 * the same shape in one transaction, as the Office; alternating, median of the rounds.
 */
final class ImportBench {

    /** The figures of one size. */
    record Result(int rows, double productMs, double bareMs) {
        double ratio() {
            return bareMs / productMs;
        }
    }

    private final ProcessEngine engine;
    private final ApiClient api;
    private final TransactionTemplate transaction;

    ImportBench(ProcessEngine engine, int port, String password, PlatformTransactionManager transactions) {
        this.engine = engine;
        this.api = new ApiClient(port, password);
        this.transaction = new TransactionTemplate(transactions);
    }

    Result run(int rows, int rounds) {
        List<Double> product = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            byte[] file = ProgrammeFiles.xlsx(ProgrammeFiles.programme("BM-" + UUID.randomUUID(), rows));
            long start = System.nanoTime();
            ApiClient.Answer answer = api.upload("vp.cv1", "/api/directive-imports", "chuong-trinh.xlsx", file);
            product.add((System.nanoTime() - start) / 1e6);
            if (answer.status() != 201) {
                throw new IllegalStateException("import answered " + answer.status() + ": " + answer.text());
            }
            start = System.nanoTime();
            engine.getIdentityService().setAuthentication("vp.cv1", engine.getIdentityService().createGroupQuery()
                    .groupMember("vp.cv1").list().stream().map(g -> g.getId()).toList());
            try {
                transaction.executeWithoutResult(s -> {
                    for (int i = 0; i < rows; i++) {
                        engine.getRuntimeService().startProcessInstanceByKey(LifecycleBench.BARE_KEY, "bare-" + i);
                    }
                });
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            bare.add((System.nanoTime() - start) / 1e6);
        }
        return new Result(rows, median(product), median(bare));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
