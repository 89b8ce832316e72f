package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * A Result or QueueTimeOut callback of an initiator API request (B2C payment, Transaction Status)
 * made for a payout, verified and parsed by callback-service. Keyed by payout id on
 * {@link Topics#PAYOUT_RESULTS}. Codes are text: Daraja sends numbers and strings ("SFC_IC0003").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PayoutResultReceived.class, name = "PayoutResultReceived"),
    @JsonSubTypes.Type(value = PayoutTimedOut.class, name = "PayoutTimedOut"),
    @JsonSubTypes.Type(value = TransactionStatusReceived.class, name = "TransactionStatusReceived"),
    @JsonSubTypes.Type(value = TransactionStatusTimedOut.class, name = "TransactionStatusTimedOut")
})
public sealed interface PayoutCallback
        permits PayoutResultReceived, PayoutTimedOut, TransactionStatusReceived, TransactionStatusTimedOut {

    /** callback-service's id of the stored raw callback (for tracing and audit). */
    String callbackId();

    /** The payout whose URL the callback was posted to; also the Kafka key. */
    String payoutId();

    Instant receivedAt();
}
