package io.mpesagw.callback.stk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.contracts.CallbackResult;
import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.kit.ids.Ids;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StkCallbackEndpointTest extends StkCallbackIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void publishes_one_result_for_a_successful_callback_even_when_it_arrives_twice() throws Exception {
        String paymentId = Ids.newId("pay");
        String checkoutRequestId = StkCallbackPayloads.newCheckoutRequestId();
        String token = PATH_TOKENS.forPayment(paymentId);
        double duplicatesBefore = count("duplicate");

        HttpResponse<String> first = post(paymentId, token, StkCallbackPayloads.success(checkoutRequestId));
        HttpResponse<String> second = post(paymentId, token, StkCallbackPayloads.success(checkoutRequestId));

        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(200, 200);
        assertThat(first.body()).isEqualTo(ACK);
        assertThat(second.body()).isEqualTo(ACK);
        StkCallbackReceived event = onlyPublishedResult(paymentId);
        assertThat(event.checkoutRequestId()).isEqualTo(checkoutRequestId);
        assertThat(event.merchantRequestId()).isEqualTo("25505-162427436-1");
        assertThat(event.resultCode()).isEqualTo("0");
        assertThat(event.amount()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(event.mpesaReceiptNumber()).isEqualTo("SA77CVC7PZ");
        assertThat(event.phoneNumber()).isEqualTo("254708374149");
        assertThat(event.transactionDate()).isEqualTo("20240107170703");

        List<Map<String, Object>> rows = inboxRows(paymentId);
        assertThat(rows).extracting(row -> row.get("status")).containsExactlyInAnyOrder("accepted", "duplicate");
        Map<String, Object> accepted = rows.stream().filter(row -> "accepted".equals(row.get("status"))).findFirst()
                .orElseThrow();
        assertThat(event.callbackId()).isEqualTo(accepted.get("id")).startsWith("cb_");
        assertThat(accepted.get("source_address")).isEqualTo("127.0.0.1");
        assertThat(accepted.get("raw_body")).isEqualTo(StkCallbackPayloads.success(checkoutRequestId));
        assertThat(count("duplicate")).isEqualTo(duplicatesBefore + 1);

        List<Map<String, Object>> audit = auditEntries(paymentId);
        assertThat(audit).extracting(entry -> entry.get("outcome")).containsExactly("accepted", "duplicate");
        assertThat(audit).extracting(entry -> entry.get("request_id"))
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(row -> row.get("id")).toList());
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.get("service")).isEqualTo("callback-service");
            assertThat(entry.get("event_type")).isEqualTo("CALLBACK_RECEIVED");
            assertThat(entry.get("subject_type")).isEqualTo("payment");
            assertThat(entry.get("source_address")).isEqualTo("127.0.0.1");
            assertThat((String) entry.get("details")).contains(checkoutRequestId).contains("\"resultCode\": \"0\"")
                    .doesNotContain("SA77CVC7PZ").doesNotContain("CallbackMetadata").doesNotContain("254708374149");
            assertThat(entry.get("reason")).isNull();
        });
        assertThat(verifyAudit()).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void publishes_a_cancellation_without_metadata() throws Exception {
        String paymentId = Ids.newId("pay");
        String checkoutRequestId = StkCallbackPayloads.newCheckoutRequestId();

        HttpResponse<String> response = post(paymentId, PATH_TOKENS.forPayment(paymentId),
                StkCallbackPayloads.cancelled(checkoutRequestId));

        assertThat(response.statusCode()).isEqualTo(200);
        StkCallbackReceived event = onlyPublishedResult(paymentId);
        assertThat(event.resultCode()).isEqualTo("1032");
        assertThat(event.resultDesc()).isEqualTo("Request Cancelled by user.");
        assertThat(event.succeeded()).isFalse();
        assertThat(event.amount()).isNull();
        assertThat(event.mpesaReceiptNumber()).isNull();
        assertThat(event.phoneNumber()).isNull();
    }

    @Test
    void a_wrong_path_token_is_flagged_and_never_published_nor_blocks_the_genuine_callback() throws Exception {
        String paymentId = Ids.newId("pay");
        String checkoutRequestId = StkCallbackPayloads.newCheckoutRequestId();
        String tokenOfAnotherPayment = PATH_TOKENS.forPayment(Ids.newId("pay"));

        HttpResponse<String> forged = post(paymentId, tokenOfAnotherPayment, StkCallbackPayloads.success(checkoutRequestId));

        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).isEqualTo(ACK);
        assertThat(inboxRows(paymentId)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("path_token_mismatch");
            assertThat(row.get("checkout_request_id")).isEqualTo(checkoutRequestId);
        });
        assertThat(outboxRows(paymentId)).isEmpty();
        assertThat(topic.recordsFor(paymentId)).isEmpty();
        assertThat(auditEntries(paymentId)).singleElement().satisfies(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("rejected");
            assertThat((String) entry.get("reason")).startsWith("path_token_mismatch");
        });

        post(paymentId, PATH_TOKENS.forPayment(paymentId), StkCallbackPayloads.success(checkoutRequestId));
        assertThat(onlyPublishedResult(paymentId).checkoutRequestId()).isEqualTo(checkoutRequestId);
        assertThat(auditEntries(paymentId)).extracting(entry -> entry.get("outcome")).containsExactly("rejected", "accepted");
        assertThat(verifyAudit()).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void an_empty_object_is_stored_flagged_and_acknowledged() throws Exception {
        String paymentId = Ids.newId("pay");

        HttpResponse<String> response = post(paymentId, PATH_TOKENS.forPayment(paymentId), "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ACK);
        assertThat(inboxRows(paymentId)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("malformed_body").contains("Body.stkCallback");
            assertThat(row.get("raw_body")).isEqualTo("{}");
            assertThat(row.get("checkout_request_id")).isNull();
        });
        assertThat(outboxRows(paymentId)).isEmpty();
    }

    @Test
    void junk_bodies_never_cause_an_error() throws Exception {
        String paymentId = Ids.newId("pay");
        String token = PATH_TOKENS.forPayment(paymentId);
        String junkWithNul = "not json \u0000 at all";
        String noResultCode = "{\"Body\":{\"stkCallback\":{\"CheckoutRequestID\":\"ws_CO_1\"}}}";

        for (String body : List.of("", junkWithNul, "[1,2]", noResultCode, "{\"Body\":")) {
            HttpResponse<String> response = post(paymentId, token, body);
            assertThat(response.statusCode()).as("answer to %s", body).isEqualTo(200);
            assertThat(response.body()).isEqualTo(ACK);
        }
        assertThat(inboxRows(paymentId)).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat((String) row.get("reason")).startsWith("malformed_body");
        });
        assertThat(inboxRows(paymentId)).extracting(row -> row.get("raw_body"))
                .contains("not json \uFFFD at all");
        assertThat(outboxRows(paymentId)).isEmpty();
        assertThat(auditEntries(paymentId)).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("rejected");
            assertThat((String) entry.get("reason")).startsWith("malformed_body");
        });
        assertThat(verifyAudit()).isInstanceOf(VerificationResult.Intact.class);
    }

    /**
     * Exactly one: once its outbox row is marked published, every record it can produce is on the
     * topic, so reading the topic to its end cannot miss a late second one.
     */
    private StkCallbackReceived onlyPublishedResult(String paymentId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(paymentId).stream()
                .allMatch(row -> row.get("published_at") != null) && !outboxRows(paymentId).isEmpty());
        assertThat(outboxRows(paymentId)).hasSize(1);
        List<ConsumerRecord<String, String>> records = topic.recordsFor(paymentId);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(new String(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("StkCallbackReceived");
        CallbackResult result = EventJson.read(record.value(), CallbackResult.class);
        assertThat(result).isInstanceOf(StkCallbackReceived.class);
        assertThat(result.paymentId()).isEqualTo(paymentId);
        return (StkCallbackReceived) result;
    }

    private double count(String outcome) {
        var counter = meters.find("mpesa.callbacks.received").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
