package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Safaricom's addresses only: the test itself (127.0.0.1) is not on the list, and no proxy is trusted. */
@TestPropertySource(properties = "callback.allowed-sources=196.201.214.200,196.201.212.0/24,::1")
class ResultUnlistedSourceTest extends ResultCallbackIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_result_from_an_unlisted_address_is_counted_flagged_acknowledged_and_not_published() throws Exception {
        String payoutId = newPayoutId();
        double before = unlisted();

        HttpResponse<String> response = post("b2c", payoutId, PATH_TOKENS.forPayment(payoutId), "result",
                ResultPayloads.b2cSuccess(ResultPayloads.newOriginatorConversationId(),
                        ResultPayloads.newConversationId(), ResultPayloads.newReceipt()),
                "X-Forwarded-For", "196.201.214.200");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ACK);
        assertThat(inboxRows(payoutId)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("source_not_allowed").contains("127.0.0.1");
            assertThat(row.get("source_address")).isEqualTo("127.0.0.1");
        });
        assertThat(outboxRows(payoutId)).isEmpty();
        assertThat(unlisted()).isEqualTo(before + 1);
    }

    private double unlisted() {
        return meters.counter("mpesa.callbacks.received", "type", "b2c_result", "outcome", "rejected",
                "reason", "source_not_allowed").count();
    }
}
