package io.mpesagw.benchmarks;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditSchema;
import io.mpesagw.audit.AuditSettings;
import io.mpesagw.audit.AuditTrail;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit trail costs, on a real PostgreSQL through a HikariCP pool of the runtime login:
 * <ul>
 *   <li>{@code entryAlone}: one committed transaction that only records an entry (entries per second);</li>
 *   <li>{@code transitionWithoutAudit} / {@code transitionWithAudit}: one payment state change (a guarded
 *   update of a payments row) without and with its entry; the difference is what one entry adds.</li>
 * </ul>
 * Subjects are drawn from 10,000 payment ids, so writers meet on the 16 chains of one service the
 * way concurrent payments do. Threads: JMH's {@code -t}; docs/benchmarks.md has the commands.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class AuditTrailBenchmark {

    private static final int PAYMENTS = 10_000;

    private BenchmarkDatabase database;
    private AuditTrail trail;
    private TransactionTemplate transactions;
    private JdbcClient jdbc;

    @Setup(Level.Trial)
    public void start() {
        database = BenchmarkDatabase.start(16);
        AuditSchema.migrate(database.logins.owner().dataSource(), database.logins.runtime().user());
        JdbcClient owner = JdbcClient.create(database.logins.owner().dataSource());
        owner.sql("create table public.bench_payments (id text primary key, status text not null, version bigint not null)")
                .update();
        owner.sql("insert into public.bench_payments select 'pay_' || g, 'SUBMITTED', 0 from generate_series(0, "
                + (PAYMENTS - 1) + ") g").update();
        owner.sql("grant select, update on public.bench_payments to " + database.logins.runtime().user()).update();
        trail = new AuditTrail(database.pool, new AuditSettings("payment-service", 16), Clock.systemUTC());
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database.pool));
        jdbc = JdbcClient.create(database.pool);
    }

    @TearDown(Level.Trial)
    public void stop() {
        database.close();
    }

    @Benchmark
    public void entryAlone() {
        String paymentId = randomPayment();
        transactions.executeWithoutResult(tx -> trail.record(entryFor(paymentId)));
    }

    @Benchmark
    public void transitionWithoutAudit() {
        String paymentId = randomPayment();
        transactions.executeWithoutResult(tx -> transition(paymentId));
    }

    @Benchmark
    public void transitionWithAudit() {
        String paymentId = randomPayment();
        transactions.executeWithoutResult(tx -> {
            transition(paymentId);
            trail.record(entryFor(paymentId));
        });
    }

    /** Shaped like JdbcPaymentStore.transition: lock the row, then a guarded update. */
    private void transition(String paymentId) {
        jdbc.sql("select status from public.bench_payments where id = ? for update").param(paymentId)
                .query(String.class).single();
        jdbc.sql("update public.bench_payments set version = version + 1 where id = ? and status = 'SUBMITTED'")
                .param(paymentId).update();
    }

    private static AuditEntry entryFor(String paymentId) {
        return AuditEntry.stateTransition("payment", paymentId, "SUBMITTED", "SUBMITTED", "benchmark")
                .withMerchant("mer_bench");
    }

    private static String randomPayment() {
        return "pay_" + ThreadLocalRandom.current().nextInt(PAYMENTS);
    }
}
