package io.mpesagw.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.idempotency.application.IdempotencyJanitor;
import io.mpesagw.testsupport.MutableClock;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * Keys over time: a request held mid-flight, a claim whose holder stalled past its lock, keys past
 * their time to live. Time is a {@link MutableClock} the test moves; nothing sleeps.
 *
 * <p>A request is held by locking the merchant's row from the test ({@code select ... for update}):
 * the payment's foreign-key check waits for that lock, so the request has claimed its key and then
 * stops inside its transaction until the test commits.
 */
class IdempotencyTimingTest extends GatewayApiTest {

    private static final String PAYMENTS = "POST /v1/payments";

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    IdempotencyJanitor janitor;

    ApiCalls calls;

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            // sub-microsecond digits that PostgreSQL would round away: expiry must still be exact
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusNanos(999_999_999));
        }
    }

    @BeforeEach
    void setUp() {
        calls = new ApiCalls(port, jdbc);
    }

    @Test
    void a_key_whose_first_request_is_still_running_gets_409_with_retry_after_and_later_the_answer() throws Exception {
        String key = ApiCalls.newKey();
        String body = ApiCalls.payment(10, "HELD-1");
        CompletableFuture<HttpResponse<String>> first;
        HttpResponse<String> meanwhile;
        try (Connection hold = holdMerchant()) {
            first = calls.send("/v1/payments", KEY, key, body);
            awaitState(key, "in_flight");

            meanwhile = calls.post("/v1/payments", KEY, key, body);
            assertThat(first).isNotDone();
            hold.commit();
        }
        HttpResponse<String> answered = first.get(30, TimeUnit.SECONDS);
        HttpResponse<String> later = calls.post("/v1/payments", KEY, key, body);

        assertThat(meanwhile.statusCode()).isEqualTo(409);
        assertThat(meanwhile.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode error = JSON.readTree(meanwhile.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("idempotency_key_in_use");
        assertThat(error.get("message").asString()).contains("Idempotency-Key");
        assertThat(answered.statusCode()).isEqualTo(202);
        assertThat(later.statusCode()).isEqualTo(202);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(later.body()).isEqualTo(answered.body());
        assertThat(calls.count("select count(*) from payments where reference = ?", "HELD-1")).isEqualTo(1);
    }

    @Test
    void a_claim_held_past_its_lock_is_taken_over_and_only_the_taker_creates_a_payment() throws Exception {
        String key = ApiCalls.newKey();
        String body = ApiCalls.payment(10, "HELD-2");
        long commands = calls.count("select count(*) from outbox");
        CompletableFuture<HttpResponse<String>> stalled;
        CompletableFuture<HttpResponse<String>> taker;
        try (Connection hold = holdMerchant()) {
            stalled = calls.send("/v1/payments", KEY, key, body);
            awaitState(key, "in_flight");
            String stalledClaim = calls.claimToken(PAYMENTS, "mer_demo", key).orElseThrow();

            clock.advance(Duration.ofSeconds(31)); // past the claim's lock: its holder counts as dead
            taker = calls.send("/v1/payments", KEY, key, body);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !stalledClaim.equals(calls.claimToken(PAYMENTS, "mer_demo", key).orElse(stalledClaim)));
            hold.commit(); // both now create a payment; only the claim's current holder may commit it
        }

        HttpResponse<String> lost = stalled.get(30, TimeUnit.SECONDS);
        HttpResponse<String> won = taker.get(30, TimeUnit.SECONDS);

        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(won.statusCode()).isEqualTo(202);
        String paymentId = JSON.readTree(won.body()).get("id").asString();
        assertThat(jdbc.sql("select id from payments where reference = ?").param("HELD-2").query(String.class).list())
                .containsExactly(paymentId);
        assertThat(calls.count("select count(*) from outbox")).isEqualTo(commands + 1);
        assertThat(calls.post("/v1/payments", KEY, key, body).body()).isEqualTo(won.body());
    }

    @Test
    void keys_expire_after_24_hours_and_the_janitor_deletes_them() throws Exception {
        String swept = ApiCalls.newKey();
        String reused = ApiCalls.newKey();
        assertThat(calls.post("/v1/payments", KEY, swept, ApiCalls.payment(10, "TTL-1")).statusCode()).isEqualTo(202);
        assertThat(calls.post("/v1/payments", KEY, reused, ApiCalls.payment(10, "TTL-2")).statusCode()).isEqualTo(202);

        clock.advance(Duration.ofHours(23));
        janitor.sweep();
        assertThat(calls.state(PAYMENTS, "mer_demo", swept)).hasValue("completed");
        assertThat(calls.post("/v1/payments", KEY, reused, ApiCalls.payment(11, "TTL-2")).statusCode()).isEqualTo(422);

        clock.advance(Duration.ofHours(1));
        HttpResponse<String> afresh = calls.post("/v1/payments", KEY, reused, ApiCalls.payment(11, "TTL-2"));
        janitor.sweep();

        assertThat(afresh.statusCode()).as("an expired key not yet swept counts as new").isEqualTo(202);
        assertThat(afresh.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(calls.state(PAYMENTS, "mer_demo", swept)).isEmpty();
        assertThat(calls.state(PAYMENTS, "mer_demo", reused)).hasValue("completed");
        assertThat(calls.count("select count(*) from payments where reference = ?", "TTL-2")).isEqualTo(2);
    }

    /** Locks the demo merchant's row in an open transaction: a payment's insert waits for it. */
    private Connection holdMerchant() throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        connection.createStatement().execute("select 1 from merchants where id = 'mer_demo' for update");
        return connection;
    }

    private void awaitState(String key, String state) {
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.state(PAYMENTS, "mer_demo", key).orElse("").equals(state));
    }
}
