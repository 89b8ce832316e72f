package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/** A change in a payment's state, published by payment-service through its outbox. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PaymentSubmitted.class, name = "PaymentSubmitted"),
    @JsonSubTypes.Type(value = PaymentUnknown.class, name = "PaymentUnknown"),
    @JsonSubTypes.Type(value = PaymentSucceeded.class, name = "PaymentSucceeded"),
    @JsonSubTypes.Type(value = PaymentFailed.class, name = "PaymentFailed")
})
public sealed interface PaymentEvent permits PaymentSubmitted, PaymentUnknown, PaymentSucceeded, PaymentFailed {

    /** Unique per event; consumers use it to drop redeliveries. */
    String eventId();

    String paymentId();

    String merchantId();

    /** The payment's status after this event, as the public API spells it. */
    PaymentStatus status();

    /** A sentence a paying customer understands. */
    String customerMessage();

    Instant occurredAt();
}
