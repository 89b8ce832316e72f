package io.mpesagw.simulator.mode;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/** SIMULATOR_MODE=production: each difference from the sandbox, over real HTTP. */
@TestPropertySource(properties = "simulator.mode=production")
class ProductionModeApiTest extends SimulatorApiTest {

    /** Nothing listens here: production callbacks must be https, and the test needs no callback. */
    private static final String HTTPS_CALLBACK = "https://127.0.0.1:9/callbacks/production";
    private static final String REGISTER_V1 = "/mpesa/c2b/v1/registerurl";

    @Test
    void production_describes_itself_with_the_internal_api_host() {
        Reply mode = daraja().request("GET", "/simulator/v1/mode", null);

        assertThat(mode.text("mode")).isEqualTo("production");
        assertThat(mode.json().get("httpsCallbackUrlsOnly").asBoolean()).isTrue();
        assertThat(mode.json().get("c2bSimulate").asBoolean()).isFalse();
        assertThat(mode.json().get("c2bReRegistration").asBoolean()).isFalse();
        assertThat(mode.text("internalHost")).isEqualTo("http://internalapi.safaricom.co.ke");
    }

    @Test
    void an_http_callback_url_is_invalid_and_https_is_accepted() {
        String token = daraja().accessToken();

        assertDarajaError(daraja().stkPush(token, stkPushBody("254712000501", "http://127.0.0.1:9/callbacks/plain")),
                400, "400.002.02", "Bad Request - Invalid CallBackURL");
        assertThat(daraja().stkPush(token, stkPushBody("254712000501", HTTPS_CALLBACK)).status()).isEqualTo(200);
    }

    @Test
    void c2b_urls_must_be_https() {
        assertDarajaError(register("700100", "http://shop.example.co.ke/c2b/confirm"), 400, "400.002.02",
                "Bad Request - Invalid ConfirmationURL");
    }

    @Test
    void c2b_urls_register_once_then_are_already_registered() {
        assertThat(register("700101", "https://shop.example.co.ke/c2b/confirm").status()).isEqualTo(200);

        assertDarajaError(register("700101", "https://shop.example.co.ke/c2b/confirm-again"), 500, "500.003.1001",
                "Urls are already registered.");
    }

    @Test
    void c2b_simulate_does_not_exist() {
        String bearer = "Bearer " + daraja().accessToken();
        String body = "{\"ShortCode\":600984,\"CommandID\":\"CustomerPayBillOnline\",\"Amount\":1,"
                + "\"Msisdn\":254708374149,\"BillRefNumber\":\"x\"}";

        assertDarajaError(daraja().postJson("/mpesa/c2b/v1/simulate", bearer, body), 404, "404.001.01",
                "Resource not found");
        assertDarajaError(daraja().postJson("/mpesa/c2b/v2/simulate", bearer, body), 404, "404.001.01",
                "Resource not found");
        assertDarajaError(daraja().request("GET", "/mpesa/c2b/v1/simulate", null), 404, "404.001.01",
                "Resource not found");
    }

    @Test
    void the_1037_text_drifts_between_its_real_variants() {
        String token = daraja().accessToken();
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode body = stkPushBody("254712000502", HTTPS_CALLBACK);
            body.put("Amount", 1037);
            String checkoutRequestId = daraja().stkPush(token, body).text("CheckoutRequestID");
            Reply answered = await().atMost(Duration.ofSeconds(10))
                    .until(() -> daraja().stkQuery(token, checkoutRequestId), reply -> reply.status() == 200);
            assertThat(answered.text("ResultCode")).isEqualTo("1037");
            texts.add(answered.text("ResultDesc"));
        }

        assertThat(texts).containsExactlyInAnyOrder("DS timeout user cannot be reached",
                "DS timeout user cannot be reached.", "No response from user.");
    }

    private Reply register(String shortCode, String confirmationUrl) {
        return daraja().postJson(REGISTER_V1, "Bearer " + daraja().accessToken(), "{\"ShortCode\":\"" + shortCode
                + "\",\"ResponseType\":\"Completed\",\"ConfirmationURL\":\"" + confirmationUrl
                + "\",\"ValidationURL\":\"https://shop.example.co.ke/c2b/validate\"}");
    }
}
