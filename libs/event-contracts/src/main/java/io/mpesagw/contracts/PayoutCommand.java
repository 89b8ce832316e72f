package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A command that asks payment-service to pay money out. Published by api-gateway through its outbox. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = RequestPayout.class, name = "RequestPayout"))
public sealed interface PayoutCommand permits RequestPayout {

    /** The payout this command belongs to; also the Kafka key. */
    String payoutId();
}
