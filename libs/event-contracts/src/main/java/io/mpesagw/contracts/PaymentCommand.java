package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A command that asks payment-service to move money. Published by api-gateway through its outbox. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = RequestStkPush.class, name = "RequestStkPush"))
public sealed interface PaymentCommand permits RequestStkPush {

    /** The payment this command belongs to; also the Kafka key. */
    String paymentId();
}
