package io.mpesagw.callback.result.application;

import io.mpesagw.callback.result.domain.ResultKind;
import io.mpesagw.contracts.PayoutCallback;
import io.mpesagw.contracts.PayoutResultReceived;
import io.mpesagw.contracts.PayoutTimedOut;
import io.mpesagw.contracts.TransactionStatusReceived;
import io.mpesagw.contracts.TransactionStatusTimedOut;
import io.mpesagw.daraja.b2c.B2cPayout;
import io.mpesagw.daraja.b2c.B2cResult;
import io.mpesagw.daraja.b2c.B2cResultReader;
import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.result.PartyName;
import io.mpesagw.daraja.result.QueueTimeout;
import io.mpesagw.daraja.result.QueueTimeoutReader;
import io.mpesagw.daraja.result.ResultHeader;
import io.mpesagw.daraja.status.TransactionDetails;
import io.mpesagw.daraja.status.TransactionStatusResult;
import io.mpesagw.daraja.status.TransactionStatusResultReader;
import java.time.Instant;

/** Reads a Result or QueueTimeOut body with the Daraja client's lenient readers into the event it becomes. */
final class PayoutCallbackReader {

    /**
     * What a readable body gives: the keys its delivery is deduplicated by, and its event.
     *
     * @param receipt a B2C result's M-Pesa receipt (never a placeholder), else null
     */
    record Read(String originatorConversationId, String conversationId, String receipt, boolean isFinal,
            String resultCode, PayoutCallback event) {
    }

    private PayoutCallbackReader() {
    }

    /** @throws MalformedCallbackException saying what is missing; a timeout needs only a JSON object */
    static Read read(ResultKind kind, String body, String callbackId, String payoutId, Instant receivedAt)
            throws MalformedCallbackException {
        return switch (kind) {
            case B2C_RESULT -> b2c(B2cResultReader.read(body), callbackId, payoutId, receivedAt);
            case STATUS_RESULT -> status(TransactionStatusResultReader.read(body), callbackId, payoutId, receivedAt);
            case B2C_TIMEOUT, STATUS_TIMEOUT -> timeout(kind, body, callbackId, payoutId, receivedAt);
        };
    }

    private static Read b2c(B2cResult result, String callbackId, String payoutId, Instant receivedAt) {
        ResultHeader h = result.header();
        PayoutResultReceived event = switch (result) {
            case B2cResult.Paid paid -> paid(h, paid.payout(), callbackId, payoutId, receivedAt);
            case B2cResult.Failed failed -> new PayoutResultReceived(callbackId, payoutId, h.originatorConversationId(),
                    h.conversationId(), h.resultType(), h.resultCode(), h.resultDesc(), h.transactionId(), null, null,
                    null, null, null, null, null, null, null, receivedAt);
        };
        String receipt = event.mpesaReceipt() != null ? event.mpesaReceipt() : h.receipt().orElse(null);
        return new Read(h.originatorConversationId(), h.conversationId(), receipt, h.isFinal(), h.resultCode(), event);
    }

    private static PayoutResultReceived paid(ResultHeader h, B2cPayout payout, String callbackId, String payoutId,
            Instant receivedAt) {
        PartyName receiver = payout.receiver();
        return new PayoutResultReceived(callbackId, payoutId, h.originatorConversationId(), h.conversationId(),
                h.resultType(), h.resultCode(), h.resultDesc(), h.transactionId(), payout.amount(),
                payout.receipt() != null ? payout.receipt() : h.receipt().orElse(null),
                receiver == null ? null : receiver.msisdn(), receiver == null ? null : receiver.name(),
                payout.completedAt(), payout.utilityAccountFunds(), payout.workingAccountFunds(),
                payout.chargesPaidAccountFunds(), payout.recipientIsRegistered(), receivedAt);
    }

    /** Deduplicated by the query's own ids only: two queries about one receipt are two answers. */
    private static Read status(TransactionStatusResult result, String callbackId, String payoutId, Instant receivedAt) {
        ResultHeader h = result.header();
        TransactionStatusReceived event = switch (result) {
            case TransactionStatusResult.Found found -> found(h, found.details(), callbackId, payoutId, receivedAt);
            case TransactionStatusResult.Failed failed -> new TransactionStatusReceived(callbackId, payoutId,
                    h.originatorConversationId(), h.conversationId(), h.resultCode(), h.resultDesc(), null, null, null,
                    null, null, null, null, null, null, null, null, receivedAt);
        };
        return new Read(h.originatorConversationId(), h.conversationId(), null, h.isFinal(), h.resultCode(), event);
    }

    private static TransactionStatusReceived found(ResultHeader h, TransactionDetails d, String callbackId,
            String payoutId, Instant receivedAt) {
        return new TransactionStatusReceived(callbackId, payoutId, h.originatorConversationId(), h.conversationId(),
                h.resultCode(), h.resultDesc(), d.receiptNo(), d.transactionStatus(), d.amount(),
                publicName(d.debitParty()), publicName(d.creditParty()), d.originatorConversationId(),
                d.conversationId(), d.initiatedTime(), d.finalisedTime(), d.debitPartyCharges(), d.reasonType(),
                receivedAt);
    }

    /**
     * No real QueueTimeOut payload has been captured (fact sheet 6.4), so any JSON object is taken: the
     * URL alone says what happened. Junk that is not JSON is not Safaricom's and is only stored.
     */
    private static Read timeout(ResultKind kind, String body, String callbackId, String payoutId, Instant receivedAt)
            throws MalformedCallbackException {
        if (LenientJson.object(body).isEmpty()) {
            throw new MalformedCallbackException(
                    "the queue timeout body is empty or not a JSON object; expected {\"Result\":{...}}");
        }
        QueueTimeout t = QueueTimeoutReader.read(body);
        PayoutCallback event = kind == ResultKind.B2C_TIMEOUT
                ? new PayoutTimedOut(callbackId, payoutId, t.originatorConversationId(), t.conversationId(),
                        t.resultCode(), t.resultDesc(), receivedAt)
                : new TransactionStatusTimedOut(callbackId, payoutId, t.originatorConversationId(), t.conversationId(),
                        t.resultCode(), t.resultDesc(), receivedAt);
        return new Read(t.originatorConversationId(), t.conversationId(), null, true, t.resultCode(), event);
    }

    private static String publicName(PartyName party) {
        if (party == null) {
            return null;
        }
        if (party.identifier() == null || party.name() == null) {
            return party.identifier() == null ? party.name() : party.identifier();
        }
        return party.identifier() + " - " + party.name();
    }
}
