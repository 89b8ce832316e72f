package io.mpesagw.simulator.c2b;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.c2b.C2bRequests.REGISTER_V1;
import static io.mpesagw.simulator.c2b.C2bRequests.REGISTER_V2;
import static io.mpesagw.simulator.c2b.C2bRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.PrometheusScrape;
import io.mpesagw.simulator.SimulatorApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class C2bRegisterUrlApiTest extends SimulatorApiTest {

    private static final String CONFIRM = "https://shop.example.co.ke/c2b/confirm";
    private static final String VALIDATE = "https://shop.example.co.ke/c2b/validate";

    @Test
    void v1_registers_and_answers_with_the_typo_key_and_response_code_0() {
        Reply reply = post(REGISTER_V1, register("600984", "Completed", CONFIRM, VALIDATE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().propertyNames())
                .containsExactly("OriginatorCoversationID", "ResponseCode", "ResponseDescription");
        assertThat(reply.text("OriginatorCoversationID"))
                .matches("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\d+");
        assertThat(reply.json().get("ResponseCode").isString()).isTrue();
        assertThat(reply.text("ResponseCode")).isEqualTo("0");
        assertThat(reply.text("ResponseDescription")).isEqualTo("Success");
    }

    @Test
    void v2_answers_response_code_eight_zeros() {
        Reply reply = post(REGISTER_V2, register("600985", "Cancelled", CONFIRM, VALIDATE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("ResponseCode")).isEqualTo("00000000");
        assertThat(reply.text("ResponseDescription")).isEqualTo("Success");
    }

    @Test
    void the_sandbox_lets_a_shortcode_register_again() {
        assertThat(post(REGISTER_V1, register("600986", "Completed", CONFIRM, VALIDATE)).status()).isEqualTo(200);

        Reply again = post(REGISTER_V2, register("600986", "Cancelled", CONFIRM + "/v2", VALIDATE + "/v2"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("ResponseCode")).isEqualTo("00000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"M-PESA", "m-pesa", "mpesa", "MPesa", "Safaricom", "exe", "EXEC", "cmd", "SQL", "Query"})
    void a_url_with_a_forbidden_word_is_invalid(String word) {
        assertDarajaError(post(REGISTER_V1, register("600987", "Completed", CONFIRM + "/" + word, VALIDATE)),
                400, "400.002.02", "Bad Request - Invalid ConfirmationURL");
        assertDarajaError(post(REGISTER_V1, register("600987", "Completed", CONFIRM,
                "https://" + word.toLowerCase() + "-hooks.example.co.ke/validate")),
                400, "400.002.02", "Bad Request - Invalid ValidationURL");
    }

    @Test
    void response_type_is_sentence_case_completed_or_cancelled() {
        for (String wrong : new String[] {"completed", "CANCELLED", "Canceled", ""}) {
            assertDarajaError(post(REGISTER_V1, register("600988", wrong, CONFIRM, VALIDATE)),
                    400, "400.002.02", "Bad Request - Invalid ResponseType");
        }
    }

    @Test
    void fields_are_checked_in_order_and_urls_must_be_absolute() {
        assertDarajaError(post(REGISTER_V1, register("60", "Completed", CONFIRM, VALIDATE)),
                400, "400.002.02", "Bad Request - Invalid ShortCode");
        assertDarajaError(post(REGISTER_V1, register("600989", "Completed", "/c2b/confirm", VALIDATE)),
                400, "400.002.02", "Bad Request - Invalid ConfirmationURL");
        ObjectNode noValidationUrl = register("600989", "Completed", CONFIRM, VALIDATE);
        noValidationUrl.remove("ValidationURL");
        assertDarajaError(post(REGISTER_V1, noValidationUrl), 400, "400.002.02", "Bad Request - Invalid ValidationURL");
    }

    @Test
    void the_bearer_content_type_and_method_are_checked_like_stk() {
        String body = register("600990", "Completed", CONFIRM, VALIDATE).toString();
        String bearer = "Bearer " + daraja().accessToken();

        assertDarajaError(daraja().postJson(REGISTER_V1, "Bearer expiredtoken", body), 404, "404.001.03",
                "Invalid Access Token");
        assertDarajaError(daraja().postJson(REGISTER_V2, null, body), 404, "404.001.04",
                "Invalid Authentication Header");
        assertDarajaError(daraja().post(REGISTER_V1, bearer, "text/plain", body), 400, "400.002.02",
                "Bad Request - Invalid BusinessShortCode");
        assertDarajaError(daraja().postJson(REGISTER_V1, bearer, "{\"ShortCode\":"), 400, "400.002.05",
                "Invalid Request Payload");
        assertDarajaError(daraja().request("GET", REGISTER_V2, bearer), 405, "405.001", "GET Method Not Allowed");
    }

    @Test
    void registrations_are_counted_on_prometheus() {
        long before = counter("simulator_c2b_registrations_total");
        post(REGISTER_V1, register("600991", "Completed", CONFIRM, VALIDATE));
        post(REGISTER_V1, register("6", "Completed", CONFIRM, VALIDATE));

        assertThat(counter("simulator_c2b_registrations_total")).isEqualTo(before + 2);
    }

    private Reply post(String path, ObjectNode body) {
        return daraja().postJson(path, "Bearer " + daraja().accessToken(), body.toString());
    }

    private long counter(String name) {
        return PrometheusScrape.value(daraja().plainText("/actuator/prometheus"), name);
    }
}
