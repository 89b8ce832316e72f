package io.mpesagw.token.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mpesagw.kit.crypto.EncryptionKeys;
import io.mpesagw.kit.crypto.SealedBox;
import io.mpesagw.testsupport.IsolatedDatabase;
import io.mpesagw.testsupport.SharedInfrastructure;
import io.mpesagw.token.domain.Backoff;
import io.mpesagw.token.domain.CoordinatedTokenSource;
import io.mpesagw.token.domain.LeaseEvents;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.RefreshPolicy;
import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two replicas' leases over one real PostgreSQL, sharing one OAuth stand-in that counts its calls. */
class SharedTokenStoreTest {

    private static final String SET = "default";
    private static final RefreshPolicy POLICY = new RefreshPolicy(Duration.ofMinutes(5), Duration.ofMinutes(5));
    private static final String KEY = randomKey();
    private static IsolatedDatabase database;

    private final CountingOAuth oauth = new CountingOAuth();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private JdbcClient owner;

    @BeforeAll
    static void migrate() {
        database = SharedInfrastructure.freshDatabase("SharedTokenStoreTest");
        Flyway.configure().dataSource(database.ownerDataSource()).schemas("token")
                .locations("classpath:db/migration", "classpath:db/grants")
                .placeholders(Map.of("runtime_role", database.user())).load().migrate();
    }

    @BeforeEach
    void emptyTable() {
        owner = JdbcClient.create(database.ownerDataSource());
        owner.sql("DELETE FROM token.daraja_tokens").update();
    }

    @AfterEach
    void release() {
        oauth.gate.countDown();
        callers.shutdownNow();
    }

    @Test
    void two_replicas_with_two_hundred_callers_each_make_exactly_one_oauth_call() throws Exception {
        TokenLease a = replica(KEY);
        TokenLease b = replica(KEY);
        oauth.gate = new CountDownLatch(1);
        List<Future<LeasedToken>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(callers.submit(a::current));
            answers.add(callers.submit(b::current));
        }
        // one replica is inside OAuth, the other's leader queues on the advisory lock
        await().atMost(Duration.ofSeconds(20)).until(() -> oauth.calls.get() == 1 && waitingAdvisoryLocks() == 1);
        oauth.gate.countDown();

        Set<String> tokens = answers.stream().map(SharedTokenStoreTest::value).collect(Collectors.toSet());
        assertThat(tokens).containsExactly("oauth-token-1");
        assertThat(oauth.calls).hasValue(1);
    }

    @Test
    void a_replica_takes_the_token_another_stored_without_calling_oauth() {
        LeasedToken first = replica(KEY).current();

        assertThat(replica(KEY).current()).isEqualTo(first);
        assertThat(oauth.calls).hasValue(1);
    }

    @Test
    void a_refused_token_is_refreshed_once_across_replicas() {
        TokenLease a = replica(KEY);
        TokenLease b = replica(KEY);
        LeasedToken stale = a.current();
        assertThat(b.current()).isEqualTo(stale);

        LeasedToken fresh = b.invalidate(stale.value());

        assertThat(a.invalidate(stale.value())).isEqualTo(fresh);
        assertThat(fresh.value()).isEqualTo("oauth-token-2");
        assertThat(oauth.calls).hasValue(2);
    }

    @Test
    void the_token_is_sealed_at_rest_and_an_edited_row_is_not_trusted() {
        LeasedToken token = replica(KEY).current();
        byte[] stored = owner.sql("SELECT ciphertext FROM token.daraja_tokens").query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token.value());

        owner.sql("UPDATE token.daraja_tokens SET expires_at = expires_at + interval '1 day'").update();

        assertThat(store(KEY).read(SET)).isEmpty();
        assertThat(replica(KEY).current().value()).isEqualTo("oauth-token-2");
        assertThat(store(KEY).read(SET)).map(LeasedToken::value).contains("oauth-token-2");
    }

    @Test
    void a_row_sealed_with_a_key_this_replica_does_not_know_is_ignored() {
        replica(KEY).current();

        assertThat(store(randomKey()).read(SET)).isEmpty();
    }

    @Test
    void a_replica_waits_for_the_refresh_lock_at_most_the_configured_time() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DataSourceTransactionManager manager = new DataSourceTransactionManager(database.ownerDataSource());
        Future<?> holder = callers.submit(() -> new TransactionTemplate(manager).executeWithoutResult(tx -> {
            JdbcClient.create(manager.getDataSource()).sql("SELECT 1 FROM pg_advisory_xact_lock(?)")
                    .param(JdbcSharedTokenStore.lockKey(SET)).query(Integer.class).single();
            held.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> store(KEY).underRefreshLock(SET, Duration.ofMillis(200), () -> null))
                .isInstanceOf(TokenSourceException.class)
                .hasMessage("another replica held the refresh lock of credential set 'default' for longer than PT0.2S");
        release.countDown();
        holder.get(20, TimeUnit.SECONDS);
    }

    private TokenLease replica(String key) {
        CoordinatedTokenSource source = new CoordinatedTokenSource(SET, store(key), oauth, POLICY, Duration.ofSeconds(15),
                Clock.systemUTC(), LeaseEvents.NONE);
        return new TokenLease(SET, source, Clock.systemUTC(), POLICY, Duration.ofSeconds(30),
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)), LeaseEvents.NONE);
    }

    private static JdbcSharedTokenStore store(String key) {
        DataSource runtime = runtimeDataSource();
        return new JdbcSharedTokenStore(JdbcClient.create(runtime),
                new TransactionTemplate(new DataSourceTransactionManager(runtime)),
                new SealedBox(EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", key, null)), "test", Clock.systemUTC());
    }

    /** As the services connect: the runtime role, in the service's schema. */
    private static DataSource runtimeDataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(database.jdbcUrl());
        source.setUser(database.user());
        source.setPassword(database.password());
        source.setCurrentSchema("token");
        return source;
    }

    private int waitingAdvisoryLocks() {
        return owner.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .query(Integer.class).single();
    }

    private static String value(Future<LeasedToken> answer) {
        try {
            return answer.get(30, TimeUnit.SECONDS).value();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String randomKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** Daraja OAuth's stand-in: oauth-token-1, -2, …, each call held until the gate opens. */
    private static final class CountingOAuth implements TokenSource {
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public LeasedToken fetch(io.mpesagw.token.domain.RefreshRequest request) throws TokenSourceException {
            int n = calls.incrementAndGet();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            java.time.Instant now = java.time.Instant.now();
            return new LeasedToken("oauth-token-" + n, now, now.plusSeconds(3599));
        }
    }
}
