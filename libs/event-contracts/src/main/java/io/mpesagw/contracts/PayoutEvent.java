package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/** A change in a payout's state, published by payment-service through its outbox on {@link Topics#PAYOUT_EVENTS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PayoutSubmitted.class, name = "PayoutSubmitted"),
    @JsonSubTypes.Type(value = PayoutUnknown.class, name = "PayoutUnknown"),
    @JsonSubTypes.Type(value = PayoutSucceeded.class, name = "PayoutSucceeded"),
    @JsonSubTypes.Type(value = PayoutFailed.class, name = "PayoutFailed")
})
public sealed interface PayoutEvent permits PayoutSubmitted, PayoutUnknown, PayoutSucceeded, PayoutFailed {

    /** Unique per event; consumers use it to drop redeliveries. */
    String eventId();

    String payoutId();

    String merchantId();

    /** The payout's status after this event. */
    PayoutStatus status();

    Instant occurredAt();
}
