package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.contracts.PayoutResultReceived;
import io.mpesagw.contracts.PayoutTimedOut;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class B2cResultEndpointTest extends ResultCallbackIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void publishes_one_payout_result_for_a_success_delivered_three_times() throws Exception {
        String payoutId = newPayoutId();
        String originatorId = ResultPayloads.newOriginatorConversationId();
        String conversationId = ResultPayloads.newConversationId();
        String receipt = ResultPayloads.newReceipt();
        String body = ResultPayloads.b2cSuccess(originatorId, conversationId, receipt);
        double duplicatesBefore = count("duplicate");

        for (int delivery = 0; delivery < 3; delivery++) {
            HttpResponse<String> response = post("b2c", payoutId, "result", body);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(ACK);
        }

        PayoutResultReceived event = onlyPublished(payoutId, PayoutResultReceived.class);
        assertThat(event.originatorConversationId()).isEqualTo(originatorId);
        assertThat(event.conversationId()).isEqualTo(conversationId);
        assertThat(event.succeeded()).isTrue();
        assertThat(event.resultDesc()).isEqualTo("The service request is processed successfully.");
        assertThat(event.transactionId()).isEqualTo(receipt);
        assertThat(event.mpesaReceipt()).isEqualTo(receipt);
        assertThat(event.amount()).isEqualByComparingTo("10");
        assertThat(event.receiverMsisdn()).isEqualTo("254712345678");
        assertThat(event.receiverName()).isEqualTo("JOHN DOE");
        assertThat(event.completedAt()).isEqualTo("17.02.2023 16:49:42");
        assertThat(event.utilityAccountFunds()).isEqualByComparingTo(new BigDecimal("488.57"));
        assertThat(event.chargesPaidAccountFunds()).isEqualByComparingTo("-1540");
        assertThat(event.recipientIsRegistered()).isTrue();

        List<Map<String, Object>> rows = inboxRows(payoutId);
        assertThat(rows).extracting(row -> row.get("status"))
                .containsExactlyInAnyOrder("accepted", "duplicate", "duplicate");
        Map<String, Object> accepted = rows.stream().filter(row -> "accepted".equals(row.get("status"))).findFirst()
                .orElseThrow();
        assertThat(event.callbackId()).isEqualTo(accepted.get("id")).startsWith("cbr_");
        assertThat(accepted).containsEntry("kind", "b2c_result").containsEntry("receipt", receipt)
                .containsEntry("conversation_id", conversationId).containsEntry("source_address", "127.0.0.1")
                .containsEntry("raw_body", body);
        assertThat(count("duplicate")).isEqualTo(duplicatesBefore + 2);

        List<Map<String, Object>> audit = auditEntries(payoutId);
        assertThat(audit).extracting(entry -> entry.get("outcome")).containsExactly("accepted", "duplicate", "duplicate");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.get("event_type")).isEqualTo("CALLBACK_RECEIVED");
            assertThat(entry.get("subject_type")).isEqualTo("payout");
            assertThat((String) entry.get("details")).contains(conversationId).contains("b2c_result")
                    .doesNotContain(receipt).doesNotContain("JOHN DOE");
        });
        assertThat(verifyAudit()).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void a_repeat_sharing_any_one_id_or_the_receipt_is_a_duplicate() throws Exception {
        String payoutId = newPayoutId();
        String originatorId = ResultPayloads.newOriginatorConversationId();
        String receipt = ResultPayloads.newReceipt();

        post("b2c", payoutId, "result", ResultPayloads.b2cSuccess(originatorId, ResultPayloads.newConversationId(),
                receipt));
        post("b2c", payoutId, "result", ResultPayloads.b2cSuccess(originatorId, ResultPayloads.newConversationId(),
                ResultPayloads.newReceipt()));
        post("b2c", payoutId, "result", ResultPayloads.b2cSuccess(ResultPayloads.newOriginatorConversationId(),
                ResultPayloads.newConversationId(), receipt));

        assertThat(onlyPublished(payoutId, PayoutResultReceived.class).mpesaReceipt()).isEqualTo(receipt);
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("status"))
                .containsExactlyInAnyOrder("accepted", "duplicate", "duplicate");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "2001       | The initiator information is invalid. | RBN9BD7KMV",
        "2040       | Credit Party customer type (Unregistered or Registered Customer) can't be supported by the service . | RBN9BD7KMW",
        "1          | The balance is insufficient for the transaction. | UAV0000000",
        "\"SFC_IC0003\" | The operator does not exist. | OFP0000000"})
    void publishes_a_failure_without_parameters(String resultCode, String resultDesc, String transactionId)
            throws Exception {
        String payoutId = newPayoutId();
        String conversationId = ResultPayloads.newConversationId();

        HttpResponse<String> response = post("b2c", payoutId, "result", ResultPayloads.b2cFailure(
                ResultPayloads.newOriginatorConversationId(), conversationId, resultCode, resultDesc, transactionId));

        assertThat(response.statusCode()).isEqualTo(200);
        PayoutResultReceived event = onlyPublished(payoutId, PayoutResultReceived.class);
        assertThat(event.resultCode()).isEqualTo(resultCode.replace("\"", ""));
        assertThat(event.resultDesc()).isEqualTo(resultDesc);
        assertThat(event.succeeded()).isFalse();
        assertThat(event.transactionId()).isEqualTo(transactionId);
        assertThat(event.mpesaReceipt()).isNull();
        assertThat(event.amount()).isNull();
        assertThat(event.receiverMsisdn()).isNull();
        assertThat(inboxRows(payoutId)).singleElement().satisfies(row -> assertThat(row.get("receipt"))
                .isEqualTo(transactionId.endsWith("0000000") ? null : transactionId));
    }

    @Test
    void failures_sharing_a_placeholder_transaction_id_are_not_duplicates() throws Exception {
        String first = newPayoutId();
        String second = newPayoutId();
        String insufficient = "The balance is insufficient for the transaction.";

        post("b2c", first, "result", ResultPayloads.b2cFailure(ResultPayloads.newOriginatorConversationId(),
                ResultPayloads.newConversationId(), "1", insufficient, "UAV0000000"));
        post("b2c", second, "result", ResultPayloads.b2cFailure(ResultPayloads.newOriginatorConversationId(),
                ResultPayloads.newConversationId(), "1", insufficient, "UAV0000000"));

        assertThat(onlyPublished(first, PayoutResultReceived.class).resultCode()).isEqualTo("1");
        assertThat(onlyPublished(second, PayoutResultReceived.class).resultCode()).isEqualTo("1");
    }

    @Test
    void a_queue_timeout_is_published_as_timed_out_and_repeats_are_absorbed() throws Exception {
        String payoutId = newPayoutId();
        String originatorId = ResultPayloads.newOriginatorConversationId();
        String conversationId = ResultPayloads.newConversationId();

        for (int delivery = 0; delivery < 3; delivery++) {
            HttpResponse<String> response = post("b2c", payoutId, "timeout",
                    ResultPayloads.queueTimeout(originatorId, conversationId));
            assertThat(response.body()).isEqualTo(ACK);
        }

        PayoutTimedOut event = onlyPublished(payoutId, PayoutTimedOut.class);
        assertThat(event.originatorConversationId()).isEqualTo(originatorId);
        assertThat(event.conversationId()).isEqualTo(conversationId);
        assertThat(event.resultCode()).isEqualTo("9999");
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("kind")).containsOnly("b2c_timeout");
    }

    @Test
    void a_timeout_without_ids_is_taken_once_per_payout_and_a_later_result_still_counts() throws Exception {
        String payoutId = newPayoutId();

        post("b2c", payoutId, "timeout", "{}");
        post("b2c", payoutId, "timeout", "{\"Result\":{}}");
        assertThat(onlyPublished(payoutId, PayoutTimedOut.class).conversationId()).isNull();

        post("b2c", payoutId, "result", ResultPayloads.b2cSuccess(ResultPayloads.newOriginatorConversationId(),
                ResultPayloads.newConversationId(), ResultPayloads.newReceipt()));
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("kind") + ":" + row.get("status"))
                .containsExactlyInAnyOrder("b2c_timeout:accepted", "b2c_timeout:duplicate", "b2c_result:accepted");
        assertThat(outboxRows(payoutId)).extracting(row -> row.get("event_type"))
                .containsExactly("PayoutTimedOut", "PayoutResultReceived");
    }

    @Test
    void a_wrong_path_token_is_quarantined_and_does_not_block_the_genuine_result() throws Exception {
        String payoutId = newPayoutId();
        String conversationId = ResultPayloads.newConversationId();
        String body = ResultPayloads.b2cSuccess(ResultPayloads.newOriginatorConversationId(), conversationId,
                ResultPayloads.newReceipt());
        double mismatchesBefore = meters.counter("mpesa.callbacks.received", "type", "b2c_result",
                "outcome", "rejected", "reason", "path_token_mismatch").count();

        HttpResponse<String> forged = post("b2c", payoutId, PATH_TOKENS.forPayment(newPayoutId()), "result", body);

        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).isEqualTo(ACK);
        assertThat(inboxRows(payoutId)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("path_token_mismatch").endsWith("for this payout");
            assertThat(row.get("conversation_id")).isEqualTo(conversationId);
        });
        assertThat(outboxRows(payoutId)).isEmpty();
        assertThat(meters.counter("mpesa.callbacks.received", "type", "b2c_result", "outcome", "rejected",
                "reason", "path_token_mismatch").count()).isEqualTo(mismatchesBefore + 1);

        post("b2c", payoutId, "result", body);
        assertThat(onlyPublished(payoutId, PayoutResultReceived.class).conversationId()).isEqualTo(conversationId);
    }

    private double count(String outcome) {
        var counter = meters.find("mpesa.callbacks.received").tag("type", "b2c_result").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
