package io.mpesagw.callback.stk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.audit.VerificationResult;
import io.mpesagw.kit.ids.Ids;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Safaricom's addresses only: the test itself (127.0.0.1) is not on the list. */
@TestPropertySource(properties = "callback.allowed-sources=196.201.214.200,196.201.212.0/24,::1")
class UnlistedSourceTest extends StkCallbackIntegrationTest {

    @Test
    void a_callback_from_an_unlisted_address_is_flagged_acknowledged_and_not_published() throws Exception {
        String paymentId = Ids.newId("pay");
        String checkoutRequestId = StkCallbackPayloads.newCheckoutRequestId();

        HttpResponse<String> response = post(paymentId, PATH_TOKENS.forPayment(paymentId),
                StkCallbackPayloads.success(checkoutRequestId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ACK);
        assertThat(inboxRows(paymentId)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("source_not_allowed").contains("127.0.0.1");
            assertThat(row.get("source_address")).isEqualTo("127.0.0.1");
            assertThat(row.get("checkout_request_id")).isEqualTo(checkoutRequestId);
        });
        assertThat(outboxRows(paymentId)).isEmpty();
        assertThat(topic.recordsFor(paymentId)).isEmpty();
        assertThat(auditEntries(paymentId)).singleElement().satisfies(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("rejected");
            assertThat((String) entry.get("reason")).startsWith("source_not_allowed").contains("127.0.0.1");
            assertThat(entry.get("source_address")).isEqualTo("127.0.0.1");
        });
        assertThat(verifyAudit()).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void a_forged_forwarded_header_from_an_untrusted_peer_changes_nothing() throws Exception {
        String paymentId = Ids.newId("pay");

        HttpResponse<String> response = post(paymentId, PATH_TOKENS.forPayment(paymentId),
                StkCallbackPayloads.success(StkCallbackPayloads.newCheckoutRequestId()),
                "X-Forwarded-For", "196.201.214.200");

        assertThat(response.body()).isEqualTo(ACK);
        assertThat(inboxRows(paymentId)).singleElement().satisfies(row -> {
            assertThat((String) row.get("reason")).startsWith("source_not_allowed: 127.0.0.1");
            assertThat(row.get("source_address")).isEqualTo("127.0.0.1");
        });
        assertThat(outboxRows(paymentId)).isEmpty();
    }
}
