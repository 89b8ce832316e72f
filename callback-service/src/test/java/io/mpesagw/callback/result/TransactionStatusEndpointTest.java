package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.TransactionStatusReceived;
import io.mpesagw.contracts.TransactionStatusTimedOut;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransactionStatusEndpointTest extends ResultCallbackIntegrationTest {

    @Test
    void publishes_one_found_transaction_however_often_it_is_delivered() throws Exception {
        String payoutId = newPayoutId();
        String queryId = ResultPayloads.newOriginatorConversationId();
        String payoutOriginatorId = ResultPayloads.newOriginatorConversationId();
        String payoutConversationId = ResultPayloads.newConversationId();
        String receipt = ResultPayloads.newReceipt();
        String body = ResultPayloads.statusFound(queryId, ResultPayloads.newConversationId(), payoutOriginatorId,
                payoutConversationId, receipt);

        for (int delivery = 0; delivery < 3; delivery++) {
            assertThat(post("status", payoutId, "result", body).body()).isEqualTo(ACK);
        }

        TransactionStatusReceived event = onlyPublished(payoutId, TransactionStatusReceived.class);
        assertThat(event.found()).isTrue();
        assertThat(event.originatorConversationId()).isEqualTo(queryId);
        assertThat(event.transactionOriginatorConversationId()).isEqualTo(payoutOriginatorId);
        assertThat(event.transactionConversationId()).isEqualTo(payoutConversationId);
        assertThat(event.receiptNo()).isEqualTo(receipt);
        assertThat(event.transactionStatus()).isEqualTo("Completed");
        assertThat(event.amount()).isEqualByComparingTo("10");
        assertThat(event.creditPartyName()).isEqualTo("254708374149 - John Doe");
        assertThat(event.debitPartyName()).isEqualTo("600992 - Safaricom Daraja 992");
        assertThat(event.debitPartyCharges()).isEqualTo("Fee For B2C Payment|KES|22.40");
        assertThat(event.initiatedTime()).isEqualTo("20260131102145");
        assertThat(event.finalisedTime()).isEqualTo("20260131102146");
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("status"))
                .containsExactlyInAnyOrder("accepted", "duplicate", "duplicate");
        assertThat(inboxRows(payoutId)).allSatisfy(row -> assertThat(row.get("receipt")).isNull());
    }

    @Test
    void publishes_a_transaction_that_does_not_exist() throws Exception {
        String payoutId = newPayoutId();

        post("status", payoutId, "result", ResultPayloads.statusNotFound(ResultPayloads.newOriginatorConversationId(),
                ResultPayloads.newConversationId()));

        TransactionStatusReceived event = onlyPublished(payoutId, TransactionStatusReceived.class);
        assertThat(event.found()).isFalse();
        assertThat(event.resultCode()).isEqualTo("2032");
        assertThat(event.resultDesc()).isEqualTo("The transaction receipt number does not exist.");
        assertThat(event.receiptNo()).isNull();
        assertThat(event.transactionStatus()).isNull();
    }

    @Test
    void two_queries_about_one_receipt_are_two_answers() throws Exception {
        String payoutId = newPayoutId();
        String payoutOriginatorId = ResultPayloads.newOriginatorConversationId();
        String payoutConversationId = ResultPayloads.newConversationId();
        String receipt = ResultPayloads.newReceipt();

        for (int query = 0; query < 2; query++) {
            post("status", payoutId, "result", ResultPayloads.statusFound(ResultPayloads.newOriginatorConversationId(),
                    ResultPayloads.newConversationId(), payoutOriginatorId, payoutConversationId, receipt));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> topic.recordsFor(payoutId).size() == 2);
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("status")).containsOnly("accepted");
    }

    @Test
    void a_query_timeout_is_published_once() throws Exception {
        String payoutId = newPayoutId();
        String queryId = ResultPayloads.newOriginatorConversationId();
        String body = ResultPayloads.queueTimeout(queryId, ResultPayloads.newConversationId());

        post("status", payoutId, "timeout", body);
        post("status", payoutId, "timeout", body);

        TransactionStatusTimedOut event = onlyPublished(payoutId, TransactionStatusTimedOut.class);
        assertThat(event.originatorConversationId()).isEqualTo(queryId);
        assertThat(inboxRows(payoutId)).extracting(row -> row.get("kind") + ":" + row.get("status"))
                .containsExactlyInAnyOrder("status_timeout:accepted", "status_timeout:duplicate");
    }
}
