package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PayoutResultReceived;
import io.mpesagw.contracts.PayoutTimedOut;
import io.mpesagw.contracts.RequestPayout;
import io.mpesagw.contracts.Topics;
import io.mpesagw.contracts.TransactionStatusReceived;
import io.mpesagw.payment.payout.application.PayoutStore;
import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Payout commands and callbacks over real Kafka, state in real Postgres. This context has no B2C
 * initiator configured, so nothing can reach Daraja: a command ends as payouts_not_configured.
 */
class PayoutSettlementIntegrationTest extends PaymentServiceIntegrationTest {

    @Autowired
    PayoutStore payouts;

    @Test
    void a_redelivered_payout_command_is_stored_and_attempted_once() throws Exception {
        String id = "po_" + UUID.randomUUID();
        String command = EventJson.write(new RequestPayout(id, "mer_1", 100, "254708374149", "REF-1",
                "Refund REF-1", null, Instant.now()));

        send(Topics.PAYOUT_COMMANDS, id, command);
        send(Topics.PAYOUT_COMMANDS, id, command);

        awaitPayout(id, PayoutState.FAILED);
        await().atMost(Duration.ofSeconds(20)).until(() -> outboxRows(id, "PayoutFailed") == 1);
        assertThat(jdbc.sql("select daraja_result_code from payouts where id = ?").param(id).query(String.class).single())
                .isEqualTo("payouts_not_configured");
        assertThat(jdbc.sql("select count(*) from audit.entries where subject_id = ? and event_type = 'DARAJA_EXCHANGE'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_successful_result_settles_the_payout_once_with_its_receipt() throws Exception {
        Payout payout = submittedPayout();
        String result = result(payout, "0", "TIH5E7ZVSZ");

        send(Topics.PAYOUT_RESULTS, payout.id(), result);
        send(Topics.PAYOUT_RESULTS, payout.id(), result);

        awaitPayout(payout.id(), PayoutState.SUCCEEDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> published(payout.id(), "PayoutSucceeded") == 1);
        assertThat(payouts.find(payout.id()).orElseThrow().mpesaReceipt()).isEqualTo("TIH5E7ZVSZ");
        assertThat(outboxPayload(payout.id(), "PayoutSucceeded")).contains("\"mpesaReceipt\":\"TIH5E7ZVSZ\"");
        assertThat(transitionsOf(payout.id())).extracting(t -> t.get("from") + ">" + t.get("to"))
                .containsExactly("null>requested", "requested>submitted", "submitted>succeeded");
    }

    @Test
    void a_failed_result_ends_the_payout_failed_with_a_stable_code() throws Exception {
        Payout payout = submittedPayout();

        send(Topics.PAYOUT_RESULTS, payout.id(), result(payout, "1", null));

        awaitPayout(payout.id(), PayoutState.FAILED);
        assertThat(outboxPayload(payout.id(), "PayoutFailed")).contains("\"failureCode\":\"insufficient_funds\"")
                .contains("\"darajaResultCode\":\"1\"");
    }

    @Test
    void a_queue_timeout_makes_the_payout_unknown_and_a_completed_status_answer_settles_it() throws Exception {
        Payout payout = submittedPayout();

        send(Topics.PAYOUT_RESULTS, payout.id(), EventJson.write(new PayoutTimedOut("cb_" + UUID.randomUUID(),
                payout.id(), payout.originatorConversationId(), "AG_1", "9999", "The service request has timed out.",
                Instant.now())));
        awaitPayout(payout.id(), PayoutState.UNKNOWN);
        send(Topics.PAYOUT_RESULTS, payout.id(), EventJson.write(new TransactionStatusReceived("cb_" + UUID.randomUUID(),
                payout.id(), "q-1", "AG_2", "0", "The service request is processed successfully.", "TIH5E7ZVSZ",
                "Completed", new BigDecimal("100.00"), "600992 - Safaricom Daraja 992", "254708374149 - John Doe",
                payout.originatorConversationId(), "AG_1", "20261128102430", "20261128102431",
                "Fee For B2C Payment|KES|22.40", "Business Payment to Individual via API", Instant.now())));

        awaitPayout(payout.id(), PayoutState.SUCCEEDED);
        assertThat(payouts.find(payout.id()).orElseThrow().mpesaReceipt()).isEqualTo("TIH5E7ZVSZ");
        assertThat(outboxRows(payout.id(), "PayoutUnknown")).isEqualTo(1);
    }

    @Test
    void a_result_carrying_another_requests_ids_settles_nothing() throws Exception {
        Payout payout = submittedPayout();
        Payout other = submittedPayout();

        send(Topics.PAYOUT_RESULTS, payout.id(), result(other, "0", "TIH5E7ZVSZ").replace(other.id(), payout.id()));
        send(Topics.PAYOUT_RESULTS, other.id(), result(other, "0", "TIH5E7ZVSA"));

        awaitPayout(other.id(), PayoutState.SUCCEEDED);
        assertThat(payouts.find(payout.id()).orElseThrow().state()).isEqualTo(PayoutState.SUBMITTED);
    }

    private Payout submittedPayout() {
        String id = "po_" + UUID.randomUUID();
        Instant now = Instant.now();
        Payout payout = Payout.requested(id, "mer_1", 100, "254708374149", "REF-1", "Refund REF-1", null,
                UUID.randomUUID().toString(), now);
        transactions.executeWithoutResult(tx -> {
            payouts.insertIfAbsent(payout, now.plus(Duration.ofHours(1)));
            payouts.transition(id, new PayoutStore.Transition(PayoutState.SUBMITTED, "AG_" + id, null, null, null,
                    now.plus(Duration.ofHours(1)), now, "b2c accepted"));
        });
        return payout;
    }

    private static String result(Payout payout, String code, String receipt) {
        boolean paid = receipt != null;
        return EventJson.write(new PayoutResultReceived("cb_" + UUID.randomUUID(), payout.id(),
                payout.originatorConversationId(), "AG_" + payout.id(), "0", code, "text varies",
                paid ? receipt : "UAV0000000", paid ? new BigDecimal("100") : null, receipt,
                paid ? "254708374149" : null, paid ? "John Doe" : null, paid ? "28.11.2026 10:24:30" : null,
                null, null, null, paid ? Boolean.TRUE : null, Instant.now()));
    }

    private void awaitPayout(String id, PayoutState state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(payouts.find(id)).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(state)));
    }
}
