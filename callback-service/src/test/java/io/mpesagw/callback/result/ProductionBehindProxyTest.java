package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.contracts.PayoutResultReceived;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Production behind a reverse proxy on this host: CALLBACK_ALLOWED_SOURCES unset, so Safaricom's
 * published addresses apply, to the client the trusted proxy names in X-Forwarded-For.
 */
@TestPropertySource(properties = {"callback.mpesa-env=production", "callback.allowed-sources=",
    "callback.trusted-proxies=127.0.0.0/8"})
class ProductionBehindProxyTest extends ResultCallbackIntegrationTest {

    @Test
    void a_result_relayed_from_a_published_safaricom_address_is_accepted() throws Exception {
        String payoutId = newPayoutId();

        HttpResponse<String> response = relayed(payoutId, "6.6.6.6, 196.201.213.44, 127.0.0.2");

        assertThat(response.body()).isEqualTo(ACK);
        assertThat(onlyPublished(payoutId, PayoutResultReceived.class).succeeded()).isTrue();
        assertThat(inboxRows(payoutId)).singleElement()
                .satisfies(row -> assertThat(row.get("source_address")).isEqualTo("196.201.213.44"));
    }

    @Test
    void the_allowlist_judges_the_client_the_proxy_saw_not_what_the_caller_wrote() throws Exception {
        String payoutId = newPayoutId();

        HttpResponse<String> response = relayed(payoutId, "196.201.213.44, 10.9.8.7");

        assertThat(response.body()).isEqualTo(ACK);
        assertThat(inboxRows(payoutId)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).isEqualTo(
                    "source_not_allowed: 10.9.8.7 is not in CALLBACK_ALLOWED_SOURCES");
            assertThat(row.get("source_address")).isEqualTo("10.9.8.7");
        });
        assertThat(auditEntries(payoutId)).singleElement()
                .satisfies(entry -> assertThat(entry.get("source_address")).isEqualTo("10.9.8.7"));
        assertThat(outboxRows(payoutId)).isEmpty();
    }

    @Test
    void without_a_forwarded_header_the_proxy_itself_is_judged_and_loopback_is_not_safaricom() throws Exception {
        String payoutId = newPayoutId();

        post("b2c", payoutId, "result", ResultPayloads.b2cSuccess(ResultPayloads.newOriginatorConversationId(),
                ResultPayloads.newConversationId(), ResultPayloads.newReceipt()));

        assertThat(inboxRows(payoutId)).singleElement().satisfies(row -> {
            assertThat((String) row.get("reason")).startsWith("source_not_allowed: 127.0.0.1");
        });
        assertThat(outboxRows(payoutId)).isEmpty();
    }

    private HttpResponse<String> relayed(String payoutId, String forwardedFor) throws Exception {
        return post("b2c", payoutId, PATH_TOKENS.forPayment(payoutId), "result",
                ResultPayloads.b2cSuccess(ResultPayloads.newOriginatorConversationId(),
                        ResultPayloads.newConversationId(), ResultPayloads.newReceipt()),
                "X-Forwarded-For", forwardedFor);
    }
}
