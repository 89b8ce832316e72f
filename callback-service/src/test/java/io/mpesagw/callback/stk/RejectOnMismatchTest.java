package io.mpesagw.callback.stk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.kit.ids.Ids;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

@TestPropertySource(properties = "callback.on-mismatch=reject")
class RejectOnMismatchTest extends StkCallbackIntegrationTest {

    @Test
    void a_wrong_path_token_gets_403_when_so_configured_and_is_still_quarantined() throws Exception {
        String paymentId = Ids.newId("pay");

        HttpResponse<String> response = post(paymentId, "forged", StkCallbackPayloads.success(
                StkCallbackPayloads.newCheckoutRequestId()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JsonMapper.builder().build().readTree(response.body()).at("/error/code").asString())
                .isEqualTo("callback_rejected");
        assertThat(inboxRows(paymentId)).singleElement()
                .satisfies(row -> assertThat((String) row.get("reason")).startsWith("path_token_mismatch"));
        assertThat(outboxRows(paymentId)).isEmpty();
    }

    @Test
    void a_malformed_body_from_a_genuine_url_is_still_acknowledged() throws Exception {
        String paymentId = Ids.newId("pay");

        HttpResponse<String> response = post(paymentId, PATH_TOKENS.forPayment(paymentId), "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ACK);
    }
}
