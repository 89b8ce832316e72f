package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.testsupport.SharedInfrastructure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConcurrentWritersTest {

    private static final int THREADS = 8;
    private static final int ENTRIES_PER_THREAD = 50;

    @Test
    void concurrent_writers_of_two_services_keep_every_chain_contiguous_and_intact() throws Exception {
        AuditDatabase db = AuditDatabase.fresh("audit_concurrent");
        List<AuditTrail> services = List.of(db.trail("payment-service", 4, Clock.systemUTC()),
                db.trail("callback-service", 4, Clock.systemUTC()));
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            AuditTrail trail = services.get(t % 2);
            int thread = t;
            done.add(writers.submit(() -> {
                for (int i = 0; i < ENTRIES_PER_THREAD; i++) {
                    String paymentId = "pay_" + (i % 10); // ten subjects shared by all threads
                    int amount = thread * 1000 + i;
                    db.inTransaction(() -> trail.record(AuditEntry.of(AuditEventType.STATE_TRANSITION, "system",
                            "payment", paymentId).withDetails(Map.of("amount", amount))));
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();

        assertThat(AuditVerifier.verify(db.dataSource()))
                .isInstanceOfSatisfying(VerificationResult.Intact.class, intact -> {
                    assertThat(intact.entries()).isEqualTo(THREADS * ENTRIES_PER_THREAD);
                    assertThat(intact.chains()).isGreaterThan(2); // ten subjects spread over several buckets
                });
        long uneven = db.jdbc().sql("""
                select count(*) from (select e.chain_id from audit.entries e join audit.chain_heads h using (chain_id)
                                      group by e.chain_id, h.last_seq
                                      having count(*) <> max(e.seq) or min(e.seq) <> 1 or max(e.seq) <> h.last_seq) gaps
                """).query(Long.class).single();
        assertThat(uneven).as("chains whose seqs are not exactly 1..head").isZero();
    }

    @Test
    void several_services_may_migrate_the_audit_schema_at_the_same_time() throws Exception {
        var database = SharedInfrastructure.freshDatabase("audit_migrate_race");
        ExecutorService services = Executors.newFixedThreadPool(3);
        List<Future<?>> migrations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DataSource own = database.ownerDataSource(); // each service has its own pool
            migrations.add(services.submit(() -> AuditSchema.migrate(own, database.user())));
        }
        for (Future<?> migration : migrations) {
            migration.get(1, TimeUnit.MINUTES);
        }
        services.shutdown();

        long applied = org.springframework.jdbc.core.simple.JdbcClient.create(database.ownerDataSource())
                .sql("select count(*) from audit.flyway_schema_history where version = '1' and success")
                .query(Long.class).single();
        assertThat(applied).isOne();
    }
}
