package io.mpesagw.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.TestPhones;
import io.mpesagw.gateway.merchant.application.MerchantDirectory;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code Idempotency-Key} over real HTTP against a real PostgreSQL and Kafka: replays, refusals and scopes
 * (held requests, lock take-over and expiry are in {@link IdempotencyTimingTest}).
 */
class IdempotencyApiTest extends GatewayApiTest {

    private static final String OTHER_MERCHANT_KEY = "sk_test_" + "o".repeat(32);
    private static final String PAYMENTS = "POST /v1/payments";

    @Autowired
    MerchantDirectory merchants;

    ApiCalls calls;

    @BeforeEach
    void setUp() {
        calls = new ApiCalls(port, jdbc);
        merchants.ensureMerchantWithKey(new Merchant("mer_other", "Other Merchant"), SecretDigest.of(OTHER_MERCHANT_KEY), "test");
    }

    @Test
    void a_retry_gets_the_stored_answer_marked_replayed_and_creates_nothing() throws Exception {
        String key = ApiCalls.newKey();
        HttpResponse<String> first = calls.post("/v1/payments", KEY, key, ApiCalls.payment(10, "IDEM-1"));
        long payments = calls.count("select count(*) from payments");
        long commands = calls.count("select count(*) from outbox");

        // the same request, spelled differently: key order and whitespace do not matter
        HttpResponse<String> retry = calls.post("/v1/payments", KEY, key,
                "{ \"reference\" : \"IDEM-1\",\n \"phone\":\"" + TestPhones.forName("IDEM-1") + "\", \"amount\": 10 }");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(JSON.readTree(first.body()).get("id").asString()).startsWith("pay_");
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(calls.count("select count(*) from payments")).isEqualTo(payments);
        assertThat(calls.count("select count(*) from outbox")).isEqualTo(commands);
    }

    @Test
    void without_a_key_every_post_is_a_new_payment_as_before() throws Exception {
        // two phones: a second push to one phone while its prompt is open is refused (phone_busy)
        assertThat(calls.post("/v1/payments", KEY, null, ApiCalls.payment(10, "IDEM-NOKEY", TestPhones.next())).statusCode())
                .isEqualTo(202);
        assertThat(calls.post("/v1/payments", KEY, null, ApiCalls.payment(10, "IDEM-NOKEY", TestPhones.next())).statusCode())
                .isEqualTo(202);

        assertThat(calls.count("select count(*) from payments where reference = ?", "IDEM-NOKEY")).isEqualTo(2);
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422_and_nothing_is_stored() throws Exception {
        String key = ApiCalls.newKey();
        HttpResponse<String> first = calls.post("/v1/payments", KEY, key, ApiCalls.payment(10, "IDEM-2"));
        long commands = calls.count("select count(*) from outbox");

        HttpResponse<String> reused = calls.post("/v1/payments", KEY, key, ApiCalls.payment(11, "IDEM-2"));

        assertThat(reused.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(reused.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("idempotency_key_reused");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asString()).contains("Idempotency-Key");
        assertThat(calls.count("select count(*) from payments where reference = ?", "IDEM-2")).isEqualTo(1);
        assertThat(calls.count("select count(*) from outbox")).isEqualTo(commands);
        assertThat(calls.post("/v1/payments", KEY, key, ApiCalls.payment(10, "IDEM-2")).body()).isEqualTo(first.body());
    }

    @Test
    void the_same_key_on_another_endpoint_or_for_another_merchant_is_a_new_request() throws Exception {
        String key = ApiCalls.newKey();
        HttpResponse<String> payment = calls.post("/v1/payments", KEY, key, ApiCalls.payment(10, "IDEM-3"));
        HttpResponse<String> session = calls.post("/v1/checkout/sessions", KEY, key, "{\"amount\":10,\"reference\":\"IDEM-3\"}");
        // another phone: the first one's prompt is open, whichever merchant asks
        HttpResponse<String> otherMerchants = calls.post("/v1/payments", OTHER_MERCHANT_KEY, key,
                ApiCalls.payment(10, "IDEM-3", TestPhones.next()));

        assertThat(session.statusCode()).isEqualTo(201);
        assertThat(otherMerchants.statusCode()).isEqualTo(202);
        assertThat(List.of(session, otherMerchants))
                .allSatisfy(response -> assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty());
        assertThat(JSON.readTree(otherMerchants.body()).get("id").asString())
                .isNotEqualTo(JSON.readTree(payment.body()).get("id").asString());
        assertThat(jdbc.sql("select merchant_id from payments where reference = ? order by merchant_id").param("IDEM-3")
                .query(String.class).list()).containsExactly("mer_demo", "mer_other");
    }

    @Test
    void a_refused_request_is_not_stored_so_the_corrected_retry_with_the_same_key_succeeds() throws Exception {
        String key = ApiCalls.newKey();
        HttpResponse<String> landline = calls.post("/v1/payments", KEY, key,
                "{\"amount\":10,\"phone\":\"020 123 4567\",\"reference\":\"IDEM-4\"}");
        assertThat(landline.statusCode()).isEqualTo(400);
        assertThat(calls.state(PAYMENTS, "mer_demo", key)).isEmpty();

        HttpResponse<String> corrected = calls.post("/v1/payments", KEY, key, ApiCalls.payment(10, "IDEM-4"));

        assertThat(corrected.statusCode()).isEqualTo(202);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(calls.state(PAYMENTS, "mer_demo", key)).hasValue("completed");
    }

    @Test
    void a_key_that_is_not_1_to_255_printable_ascii_characters_is_refused_naming_the_header() throws Exception {
        for (String bad : List.of("k".repeat(256), " ")) {
            HttpResponse<String> response = calls.post("/v1/payments", KEY, bad, ApiCalls.payment(10, "IDEM-5"));

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("code").asString()).isEqualTo("idempotency_key_invalid");
            assertThat(error.get("param").asString()).isEqualTo("Idempotency-Key");
            assertThat(error.get("message").asString()).contains("Idempotency-Key").contains("255");
        }
        assertThat(calls.count("select count(*) from payments where reference = ?", "IDEM-5")).isZero();
        assertThat(calls.post("/v1/payments", KEY, "k".repeat(255), ApiCalls.payment(10, "IDEM-5")).statusCode()).isEqualTo(202);
    }

    @Test
    void stored_answers_hold_neither_the_key_nor_a_client_secret_in_clear() throws Exception {
        String key = ApiCalls.newKey();
        HttpResponse<String> opened = calls.post("/v1/checkout/sessions", KEY, key, "{\"amount\":10,\"reference\":\"IDEM-6\"}");
        String secret = JSON.readTree(opened.body()).get("client_secret").asString();

        assertThat(calls.post("/v1/checkout/sessions", KEY, key, "{\"amount\":10,\"reference\":\"IDEM-6\"}").body())
                .isEqualTo(opened.body());
        assertThat(calls.count("select count(*) from idempotency_keys k where k::text like ? or k::text like ?",
                "%" + secret + "%", "%" + key + "%")).isZero();
        assertThat(calls.state("POST /v1/checkout/sessions", "mer_demo", key)).hasValue("completed");
    }

    @Test
    void the_browsers_pay_runs_once_per_key_and_session() throws Exception {
        JsonNode first = JSON.readTree(calls.post("/v1/checkout/sessions", KEY, null, "{\"amount\":25,\"reference\":\"IDEM-7A\"}").body());
        JsonNode second = JSON.readTree(calls.post("/v1/checkout/sessions", KEY, null, "{\"amount\":25,\"reference\":\"IDEM-7B\"}").body());
        String key = ApiCalls.newKey();
        String pay = "{\"phone\":\"" + TestPhones.next() + "\"}";
        String otherPhone = "{\"phone\":\"" + TestPhones.next() + "\"}"; // the first phone's prompt is still open

        HttpResponse<String> paid = calls.browserPost(payPath(first), PUBLISHABLE_KEY, first.get("client_secret").asString(), key, pay);
        HttpResponse<String> again = calls.browserPost(payPath(first), PUBLISHABLE_KEY, first.get("client_secret").asString(), key, pay);
        HttpResponse<String> otherSession = calls.browserPost(payPath(second), PUBLISHABLE_KEY, second.get("client_secret").asString(),
                key, otherPhone);

        assertThat(paid.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202); // without the key: 409 checkout_session_busy
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(paid.body());
        assertThat(otherSession.statusCode()).isEqualTo(202);
        assertThat(otherSession.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(calls.count("select count(*) from payments where checkout_session_id in (?, ?)",
                first.get("id").asString(), second.get("id").asString())).isEqualTo(2);
    }

    @Test
    void fifty_parallel_posts_with_one_key_make_exactly_one_payment_and_one_command() throws Exception {
        String key = ApiCalls.newKey();
        long commands = calls.count("select count(*) from outbox");

        List<HttpResponse<String>> responses = calls.race(50, "/v1/payments", KEY, key, ApiCalls.payment(50, "IDEM-RACE"));

        List<HttpResponse<String>> accepted = responses.stream().filter(r -> r.statusCode() == 202).toList();
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(202, 409));
        assertThat(accepted).isNotEmpty();
        String paymentId = JSON.readTree(accepted.getFirst().body()).get("id").asString();
        assertThat(accepted).allSatisfy(r -> assertThat(JSON.readTree(r.body()).get("id").asString()).isEqualTo(paymentId));
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).allSatisfy(r -> {
            assertThat(JSON.readTree(r.body()).get("error").get("code").asString()).isEqualTo("idempotency_key_in_use");
            assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        });
        assertThat(jdbc.sql("select id from payments where reference = ?").param("IDEM-RACE").query(String.class).list())
                .containsExactly(paymentId);
        assertThat(calls.count("select count(*) from outbox")).isEqualTo(commands + 1);
        assertThat(calls.count("select count(*) from outbox where message_key = ?", paymentId)).isEqualTo(1);
    }

    private static String payPath(JsonNode session) {
        return "/v1/checkout/sessions/" + session.get("id").asString() + "/pay";
    }
}
