package io.mpesagw.simulator.stk;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.TunedSimulatorApiTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * SIMULATOR_STK_LONG_TEXT=truncate (this context's start-up setting) and PUT /simulator/v1/stk/long-text:
 * an over-long AccountReference or TransactionDesc accepted and cut, or refused. The default (reject)
 * is tested in StkPushValidationApiTest.
 */
@ExtendWith(OutputCaptureExtension.class)
class LongTextApiTest extends TunedSimulatorApiTest {

    private static final String LONG_TEXT = "/simulator/v1/stk/long-text";
    private static CallbackReceiver receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void resetPolicy() {
        assertThat(daraja().request("DELETE", LONG_TEXT, null).text("longText")).isEqualTo("truncate");
    }

    @Test
    void the_configured_truncate_accepts_an_over_long_reference_and_description_cut_to_the_limits(
            CapturedOutput output) {
        Reply setting = daraja().request("GET", LONG_TEXT, null);
        assertThat(setting.json().toString())
                .isEqualTo("{\"longText\":\"truncate\",\"accountReferenceMax\":12,\"transactionDescMax\":13}");

        ObjectNode body = stkPushBody("254712014001", receiver.urlFor("cut"))
                .put("AccountReference", "INVOICE-2026-000123").put("TransactionDesc", "Payment for order 123");
        assertThat(daraja().stkPush(daraja().accessToken(), body).status()).isEqualTo(200);

        assertThat(receiver.awaitCallback("cut").body()).contains("\"ResultCode\":0");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getAll())
                .contains("AccountReference of 19 characters cut to 12")
                .contains("TransactionDesc of 21 characters cut to 13"));
    }

    @Test
    void a_cut_never_splits_a_character_and_a_blank_reference_is_still_invalid(CapturedOutput output) {
        String token = daraja().accessToken();
        // 11 letters, then an emoji (two UTF-16 units) across the 12th position: it goes whole.
        ObjectNode emoji = stkPushBody("254712014002", receiver.urlFor("emoji"))
                .put("AccountReference", "ABCDEFGHIJK\uD83D\uDE00X");
        assertThat(daraja().stkPush(token, emoji).status()).isEqualTo(200);
        receiver.awaitCallback("emoji");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getAll())
                .contains("AccountReference of 14 characters cut to 11"));

        assertDarajaError(daraja().stkPush(token, stkPushBody("254712014003", receiver.urlFor("x"))
                .put("AccountReference", " ")), 400, "400.002.02", "Bad Request - Invalid AccountReference");
    }

    @Test
    void reject_set_at_run_time_refuses_them_and_delete_goes_back_to_the_configured_truncate() {
        String token = daraja().accessToken();
        Reply set = daraja().putJson(LONG_TEXT, "{\"longText\":\"reject\"}");
        assertThat(set.text("longText")).isEqualTo("reject");

        assertDarajaError(daraja().stkPush(token, stkPushBody("254712014004", receiver.urlFor("x"))
                .put("AccountReference", "REFERENCE-13C")), 400, "400.002.02",
                "Bad Request - Invalid AccountReference");
        assertDarajaError(daraja().stkPush(token, stkPushBody("254712014004", receiver.urlFor("x"))
                .put("TransactionDesc", "Description-14")), 400, "400.002.02",
                "Bad Request - Invalid TransactionDesc");

        assertThat(daraja().request("DELETE", LONG_TEXT, null).text("longText")).isEqualTo("truncate");
        assertThat(daraja().stkPush(token, stkPushBody("254712014004", receiver.urlFor("after-reset"))
                .put("AccountReference", "REFERENCE-13C")).status()).isEqualTo(200);
        receiver.awaitCallback("after-reset");
    }

    @Test
    void a_bad_policy_names_the_field_and_what_is_accepted() {
        Reply bad = daraja().putJson(LONG_TEXT, "{\"longText\":\"accept\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("longText");
        assertThat(bad.text("message")).isEqualTo("longText must be reject or truncate");
        assertThat(daraja().request("GET", LONG_TEXT, null).text("longText")).isEqualTo("truncate");
    }
}
