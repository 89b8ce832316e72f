package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

@TestPropertySource(properties = "callback.on-mismatch=reject")
class ResultRejectOnMismatchTest extends ResultCallbackIntegrationTest {

    @Test
    void a_wrong_path_token_gets_403_when_so_configured_and_is_still_quarantined() throws Exception {
        String payoutId = newPayoutId();

        HttpResponse<String> response = post("b2c", payoutId, "forged", "timeout", ResultPayloads.queueTimeout(
                ResultPayloads.newOriginatorConversationId(), ResultPayloads.newConversationId()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JsonMapper.builder().build().readTree(response.body()).at("/error/code").asString())
                .isEqualTo("callback_rejected");
        assertThat(inboxRows(payoutId)).singleElement()
                .satisfies(row -> assertThat((String) row.get("reason")).startsWith("path_token_mismatch"));
        assertThat(outboxRows(payoutId)).isEmpty();
    }

    @Test
    void a_malformed_body_from_a_genuine_url_is_still_acknowledged() throws Exception {
        String payoutId = newPayoutId();

        HttpResponse<String> response = post("status", payoutId, "result", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ACK);
    }
}
