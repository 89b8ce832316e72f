package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.audit.VerificationResult;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever reaches a Result or QueueTimeOut URL is stored and answered 200; junk is flagged, never published. */
class MalformedResultBodiesTest extends ResultCallbackIntegrationTest {

    private static final List<String> JUNK = List.of("", "   ", "not json \u0000 at all", "[1,2]", "\"Result\"",
            "{\"Result\":", "<Result><ResultCode>0</ResultCode></Result>");

    /** Only a JSON object may be a Result; the readers say what else a Result needs. */
    private static final List<String> NOT_A_RESULT = List.of("{}", "{\"Result\":[]}",
            "{\"Result\":{\"OriginatorConversationID\":\"600997_x\"}}",
            "{\"Result\":{\"ResultCode\":0,\"ResultDesc\":\"no id to correlate by\"}}",
            "{\"Body\":{\"stkCallback\":{\"CheckoutRequestID\":\"ws_CO_1\",\"ResultCode\":0}}}");

    @ParameterizedTest
    @CsvSource({"b2c, result", "b2c, timeout", "status, result", "status, timeout"})
    void junk_is_stored_flagged_and_acknowledged_on_every_endpoint(String api, String outcome) throws Exception {
        String payoutId = newPayoutId();

        for (String body : JUNK) {
            HttpResponse<String> response = post(api, payoutId, outcome, body);
            assertThat(response.statusCode()).as("answer to %s", body).isEqualTo(200);
            assertThat(response.body()).isEqualTo(ACK);
        }
        HttpResponse<String> form = post(api, payoutId, PATH_TOKENS.forPayment(payoutId), outcome, "Result=0",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).isEqualTo(200);

        assertThat(inboxRows(payoutId)).hasSize(JUNK.size() + 1).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("malformed_body: ");
            assertThat(row.get("kind")).isEqualTo(api + "_" + outcome);
        });
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("raw_body"))
                .contains("", "not json \uFFFD at all", "Result=0");
        assertThat(outboxRows(payoutId)).isEmpty();
        assertThat(auditEntries(payoutId)).hasSize(JUNK.size() + 1)
                .allSatisfy(entry -> assertThat((String) entry.get("reason")).startsWith("malformed_body"));
        assertThat(verifyAudit()).isInstanceOf(VerificationResult.Intact.class);
    }

    @ParameterizedTest
    @CsvSource({"b2c", "status"})
    void json_that_is_not_a_result_is_flagged_with_what_is_missing(String api) throws Exception {
        String payoutId = newPayoutId();

        for (String body : NOT_A_RESULT) {
            assertThat(post(api, payoutId, "result", body).body()).isEqualTo(ACK);
        }

        assertThat(inboxRows(payoutId)).hasSize(NOT_A_RESULT.size()).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("malformed_body");
        });
        assertThat(inboxRows(payoutId)).extracting(row -> (String) row.get("reason")).anySatisfy(reason ->
                assertThat(reason).contains("ResultCode is missing")).anySatisfy(reason ->
                assertThat(reason).contains("neither OriginatorConversationID nor ConversationID"));
        assertThat(outboxRows(payoutId)).isEmpty();
    }
}
