package io.mpesagw.payment.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.contracts.RequestPayout;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.payment.application.PaymentJanitor;
import io.mpesagw.payment.application.StartStkPayment;
import io.mpesagw.payment.janitor.SimulatorWiring;
import io.mpesagw.payment.janitor.TokenServiceStandIn;
import io.mpesagw.payment.payout.application.StartPayout;
import io.mpesagw.testsupport.DarajaSimulatorProcess;
import io.mpesagw.testsupport.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payments and payouts made with a merchant's own Daraja credential set: the real simulator knows two
 * apps (the deployment's and the merchant's, each with its shortcode, passkey and initiator) and counts
 * each app's calls. Only the M-Pesa certificate is configured for payouts, so the default set cannot pay
 * out while a merchant's set with an initiator can. Kafka listeners and the schedules stay off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MerchantCredentialSetIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "default-app-key";
    private static final String MERCHANT_KEY = "merchant-app-key";
    private static final String MERCHANT_SHORTCODE = "600111";
    /** Known to the simulator as no app's shortcode: a push naming it as BusinessShortCode is refused. */
    private static final String TILL_NUMBER = "5123456";
    private static final String INTERNAL = "i".repeat(40);
    private static final Path CERTIFICATE = Path.of("target", "credential-set-simulator.pem").toAbsolutePath();
    private static final AtomicInteger PHONES = new AtomicInteger();
    private static final DarajaSimulatorProcess DARAJA = DarajaSimulatorProcess.start("credential-set-simulator",
            Map.of("SIMULATOR_CONSUMER_KEY", KEY, "SIMULATOR_CONSUMER_SECRET", "default-app-secret",
                    "SIMULATOR_CALLBACK_DELAY_MS", "200", "SIMULATOR_CERTIFICATE_OUT", CERTIFICATE.toString()));
    private static final TokenServiceStandIn TOKENS = TokenServiceStandIn.start(DARAJA, KEY, "default-app-secret", INTERNAL)
            .withSet("mer_own", MERCHANT_KEY, "merchant-app-secret", merchantSet(true))
            .withSet("mer_burst", MERCHANT_KEY, "merchant-app-secret", merchantSet(true))
            .withSet("mer_no_initiator", MERCHANT_KEY, "merchant-app-secret", merchantSet(false))
            .withSet("mer_till", MERCHANT_KEY, "merchant-app-secret", till(merchantSet(false)));

    static {
        control("POST", "/simulator/v1/apps", """
                {"consumerKey":"%s","consumerSecret":"merchant-app-secret","shortcode":"%s",
                 "passkey":"merchant-passkey","initiatorName":"merchantapi","initiatorPassword":"Merchant#2026"}"""
                .formatted(MERCHANT_KEY, MERCHANT_SHORTCODE));
    }

    @Autowired
    StartStkPayment payments;
    @Autowired
    StartPayout payouts;
    @Autowired
    PaymentJanitor janitor;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        SimulatorWiring.register(registry, DARAJA, TOKENS, INTERNAL);
        registry.add("mpesa.payment.reconciliation.interval", () -> "1h");
        registry.add("mpesa.payout.janitor-interval", () -> "1h");
        registry.add("mpesa.payout.daraja.certificate-file", CERTIFICATE::toString);
    }

    @AfterAll
    static void stop() {
        TOKENS.close();
        DARAJA.close();
    }

    @Test
    void a_payment_is_pushed_and_queried_on_the_merchants_own_shortcode_with_its_own_app() {
        JsonNode before = apps();

        String id = pay("mer_own");

        assertThat(column("payments", id, "status")).isEqualTo("submitted");
        assertThat(column("payments", id, "credential_set")).isEqualTo("mer_own");
        JsonNode pushed = apps();
        assertThat(count(pushed, MERCHANT_KEY, "stkPushes")).isEqualTo(count(before, MERCHANT_KEY, "stkPushes") + 1);
        assertThat(count(pushed, KEY, "stkPushes")).isEqualTo(count(before, KEY, "stkPushes"));
        assertThat(exchange(id, "stk_push")).contains("\"shortcode\": \"" + MERCHANT_SHORTCODE + "\"")
                .contains("\"partyB\": \"" + MERCHANT_SHORTCODE + "\"")
                .contains("CustomerPayBillOnline").doesNotContain("merchant-passkey");

        clock.advance(Duration.ofSeconds(31)); // the callback never comes here: the janitor asks
        janitor.reconcileDuePayments();

        assertThat(count(apps(), MERCHANT_KEY, "stkQueries")).isGreaterThan(count(pushed, MERCHANT_KEY, "stkQueries"));
        assertThat(exchange(id, "stk_query")).doesNotContain("\"outcome\": \"unavailable\"");
    }

    /**
     * The simulator accepts a push only when BusinessShortCode is an app's shortcode and the password is
     * made from it: the store number, not the till. It does not show PartyB; the audited request does.
     */
    @Test
    void a_till_is_paid_by_buy_goods_to_the_till_under_the_store_number() {
        JsonNode before = apps();

        String id = pay("mer_till");

        assertThat(column("payments", id, "status")).isEqualTo("submitted");
        assertThat(count(apps(), MERCHANT_KEY, "stkPushes")).isEqualTo(count(before, MERCHANT_KEY, "stkPushes") + 1);
        assertThat(exchange(id, "stk_push")).contains("CustomerBuyGoodsOnline")
                .contains("\"shortcode\": \"" + MERCHANT_SHORTCODE + "\"", "\"partyB\": \"" + TILL_NUMBER + "\"")
                .contains("\"outcome\": \"submitted\"");

        clock.advance(Duration.ofSeconds(31)); // the query names the store number too, or the simulator refuses it
        janitor.reconcileDuePayments();

        assertThat(exchange(id, "stk_query")).isNotEmpty().doesNotContain("\"outcome\": \"unavailable\"");
    }

    @Test
    void a_payment_with_a_set_token_service_does_not_know_fails_before_anything_is_sent() {
        JsonNode before = apps();

        String id = pay("mer_unknown");

        assertThat(column("payments", id, "status")).isEqualTo("failed");
        assertThat(column("payments", id, "failure_code")).isEqualTo("merchant_credentials_missing");
        assertThat(totalOf(apps(), "stkPushes")).isEqualTo(totalOf(before, "stkPushes"));
        assertThat(exchange(id, "stk_push")).contains("\"outcome\": \"not_sent\"", "\"attempts\": 0",
                "failed merchant_credentials_missing");
        assertThat(jdbc.sql("select payload from outbox where message_key = ? and event_type = 'PaymentFailed'")
                .param(id).query(String.class).single()).contains("\"failureCode\":\"merchant_credentials_missing\"");
    }

    @Test
    void a_burst_of_payments_reads_the_merchants_set_once() {
        pay("mer_burst");
        pay("mer_burst");
        pay("mer_burst");

        assertThat(TOKENS.secretReads("mer_burst")).isEqualTo(1);
        assertThat(TOKENS.secretReads("default")).as("the default set comes from the settings").isZero();
    }

    @Test
    void a_payout_is_paid_from_the_merchants_shortcode_as_its_initiator() {
        JsonNode before = apps();

        String id = payOut("mer_own");

        assertThat(column("payouts", id, "status")).isEqualTo("submitted");
        assertThat(column("payouts", id, "credential_set")).isEqualTo("mer_own");
        JsonNode after = apps();
        assertThat(count(after, MERCHANT_KEY, "b2cRequests")).isEqualTo(count(before, MERCHANT_KEY, "b2cRequests") + 1);
        assertThat(count(after, KEY, "b2cRequests")).isEqualTo(count(before, KEY, "b2cRequests"));
    }

    @Test
    void a_payout_without_an_initiator_or_with_an_unknown_set_fails_and_sends_nothing() {
        JsonNode before = apps();

        String withoutInitiator = payOut("mer_no_initiator");
        String withDefault = payOut("default");
        String unknown = payOut("mer_unknown");

        assertThat(column("payouts", withoutInitiator, "daraja_result_code")).isEqualTo("payouts_not_configured");
        assertThat(column("payouts", withDefault, "daraja_result_code")).isEqualTo("payouts_not_configured");
        assertThat(column("payouts", unknown, "status")).isEqualTo("failed");
        assertThat(column("payouts", unknown, "failure_code")).isEqualTo("merchant_credentials_missing");
        assertThat(exchange(unknown, "b2c_payment")).contains("\"outcome\": \"not_sent\"");
        assertThat(totalOf(apps(), "b2cRequests")).isEqualTo(totalOf(before, "b2cRequests"));
    }

    private String pay(String credentialSet) {
        String id = "pay_" + UUID.randomUUID();
        String phone = "25471" + String.format("%07d", 4_100_000 + PHONES.incrementAndGet());
        payments.handle(new RequestStkPush(id, credentialSet, 10, phone, "INV-M", null, clock.instant(), credentialSet));
        return id;
    }

    private String payOut(String credentialSet) {
        String id = "po_" + UUID.randomUUID();
        payouts.handle(new RequestPayout(id, credentialSet, 100, "254708374149", "REF-M", "Refund REF-M", null,
                clock.instant(), credentialSet));
        return id;
    }

    private static Map<String, Object> merchantSet(boolean withInitiator) {
        Map<String, Object> set = new HashMap<>(Map.of("environment", "sandbox", "shortcode", MERCHANT_SHORTCODE,
                "shortcodeType", "paybill", "passkey", "merchant-passkey"));
        set.put("initiatorName", withInitiator ? "merchantapi" : null);
        set.put("initiatorPassword", withInitiator ? "Merchant#2026" : null);
        return set;
    }

    private static Map<String, Object> till(Map<String, Object> set) {
        set.put("shortcodeType", "till");
        set.put("tillNumber", TILL_NUMBER);
        return set;
    }

    private String column(String table, String id, String column) {
        return jdbc.sql("select " + column + " from " + table + " where id = ?").param(id).query(String.class).single();
    }

    private String exchange(String id, String operation) {
        return String.join("\n", jdbc.sql("""
                select details::text from audit.entries
                where subject_id = ? and event_type = 'DARAJA_EXCHANGE' and details ->> 'operation' = ? order by id""")
                .params(id, operation).query(String.class).list());
    }

    private static JsonNode apps() {
        return JSON.readTree(DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + "/simulator/v1/apps"))
                .GET()).body()).get("apps");
    }

    private static long count(JsonNode apps, String consumerKey, String counter) {
        for (JsonNode app : apps) {
            if (consumerKey.equals(app.path("consumerKey").asString())) {
                return app.path(counter).asLong();
            }
        }
        throw new AssertionError("the simulator knows no app " + consumerKey + ": " + apps);
    }

    private static long totalOf(JsonNode apps, String counter) {
        long total = 0;
        for (JsonNode app : apps) {
            total += app.path(counter).asLong();
        }
        return total;
    }

    private static void control(String method, String path, String json) {
        int status = DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)))
                .statusCode();
        assertThat(status).as(method + " " + path).isBetween(200, 299);
    }
}
