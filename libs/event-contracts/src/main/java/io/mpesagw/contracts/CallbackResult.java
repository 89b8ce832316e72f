package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A callback from Safaricom, verified and parsed by callback-service. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = StkCallbackReceived.class, name = "StkCallbackReceived"))
public sealed interface CallbackResult permits StkCallbackReceived {

    String paymentId();
}
