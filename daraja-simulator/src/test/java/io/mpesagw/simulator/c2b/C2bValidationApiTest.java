package io.mpesagw.simulator.c2b;

import static io.mpesagw.simulator.c2b.C2bRequests.REGISTER_V1;
import static io.mpesagw.simulator.c2b.C2bRequests.SIMULATE_V1;
import static io.mpesagw.simulator.c2b.C2bRequests.simulate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.MerchantEndpoint;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** External validation: off by default, switched on through the control API, ResponseType as the fallback. */
class C2bValidationApiTest extends IsolatedSimulatorApiTest {

    private static final String PAYBILL = C2bSimulateApiTest.PAYBILL;
    private static MerchantEndpoint merchant;

    @BeforeAll
    static void startMerchant() throws IOException {
        merchant = new MerchantEndpoint();
    }

    @AfterAll
    static void stopMerchant() {
        merchant.close();
    }

    @Test
    void with_validation_on_the_merchant_is_asked_first_with_a_blank_balance_then_confirmed() {
        register("600200", "Cancelled", merchant.urlFor("ok-confirm"), merchant.urlFor("ok-validate"));
        enableValidation("600200");

        pay("600200", 75);

        MerchantEndpoint.Received confirmation = merchant.awaitFirst("ok-confirm");
        MerchantEndpoint.Received validation = merchant.awaitFirst("ok-validate");
        assertThat(validation.receivedAtNanos()).isLessThan(confirmation.receivedAtNanos());
        JsonNode asked = validation.json();
        JsonNode confirmed = confirmation.json();
        assertThat(asked.get("OrgAccountBalance").asString()).isEmpty();
        assertThat(confirmed.get("OrgAccountBalance").asString()).isEqualTo("75.00");
        assertThat(asked.get("TransID").asString()).isEqualTo(confirmed.get("TransID").asString());
        assertThat(asked.get("TransAmount").asString()).isEqualTo("75.00");
        assertThat(asked.propertyNames()).containsExactlyElementsOf(confirmed.propertyNames());
    }

    @Test
    void a_rejecting_validation_answer_means_no_confirmation() {
        register("600201", "Completed", merchant.urlFor("rejected-confirm"), merchant.urlFor("rejected-validate"));
        merchant.answer("rejected-validate", "{\"ResultCode\":\"C2B00012\",\"ResultDesc\":\"Rejected\"}");
        enableValidation("600201");

        pay("600201", 20);

        merchant.awaitFirst("rejected-validate");
        assertNoConfirmation("rejected-confirm");
    }

    @Test
    void an_unreachable_validation_url_follows_response_type_completed() throws IOException {
        register("600202", "Completed", merchant.urlFor("fallback-completed"), closedPortUrl());
        enableValidation("600202");

        pay("600202", 30);

        assertThat(merchant.awaitFirst("fallback-completed").json().get("TransAmount").asString()).isEqualTo("30.00");
    }

    @Test
    void an_unreachable_validation_url_follows_response_type_cancelled() throws IOException {
        register("600203", "Cancelled", merchant.urlFor("fallback-cancelled"), closedPortUrl());
        enableValidation("600203");

        pay("600203", 30);

        assertNoConfirmation("fallback-cancelled");
    }

    @Test
    void a_validation_answer_later_than_the_timeout_is_ignored_and_response_type_decides() {
        register("600204", "Completed", merchant.urlFor("slow-confirm"), merchant.urlFor("slow-validate"));
        merchant.answer("slow-validate", "{\"ResultCode\":\"C2B00016\",\"ResultDesc\":\"Rejected\"}");
        merchant.stall("slow-validate");
        enableValidation("600204");

        long paidAt = System.nanoTime();
        pay("600204", 40);

        MerchantEndpoint.Received confirmation = merchant.awaitFirst("slow-confirm");
        assertThat(merchant.receivedFor("slow-validate")).hasSize(1);
        assertThat(Duration.ofNanos(confirmation.receivedAtNanos() - paidAt))
                .isGreaterThanOrEqualTo(Duration.ofMillis(VALIDATION_TIMEOUT_MS));
    }

    @Test
    void validation_can_be_switched_off_again_and_bad_switches_are_refused() {
        register("600205", "Completed", merchant.urlFor("off-confirm"), merchant.urlFor("off-validate"));
        enableValidation("600205");
        Reply off = daraja().postJson("/simulator/v1/c2b/validation", null,
                "{\"shortCode\":\"600205\",\"enabled\":false}");
        assertThat(off.status()).isEqualTo(200);

        pay("600205", 15);
        merchant.awaitFirst("off-confirm");
        assertThat(merchant.receivedFor("off-validate")).isEmpty();

        Reply bad = daraja().postJson("/simulator/v1/c2b/validation", null, "{\"shortCode\":\"12\",\"enabled\":true}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("shortCode");
    }

    private void register(String shortCode, String responseType, String confirmationUrl, String validationUrl) {
        Reply reply = daraja().postJson(REGISTER_V1, "Bearer " + daraja().accessToken(),
                C2bRequests.register(shortCode, responseType, confirmationUrl, validationUrl).toString());
        assertThat(reply.status()).isEqualTo(200);
    }

    private void enableValidation(String shortCode) {
        Reply reply = daraja().postJson("/simulator/v1/c2b/validation", null,
                "{\"shortCode\":\"" + shortCode + "\",\"enabled\":true}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("enabled").asBoolean()).isTrue();
    }

    private void pay(String shortCode, long amount) {
        Reply reply = daraja().postJson(SIMULATE_V1, "Bearer " + daraja().accessToken(),
                simulate(shortCode, PAYBILL, amount, "254708374149", "acc-" + amount).toString());
        assertThat(reply.status()).isEqualTo(200);
    }

    /** Long enough for the callback delay plus the validation timeout. */
    private static void assertNoConfirmation(String name) {
        await().during(Duration.ofMillis(VALIDATION_TIMEOUT_MS + 1500)).atMost(Duration.ofSeconds(5))
                .until(() -> merchant.receivedFor(name).isEmpty());
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/merchant/unreachable";
        }
    }
}
