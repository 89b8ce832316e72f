package io.mpesagw.simulator.daraja;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Daraja's synchronous error envelope; it never carries a ResponseCode. */
@JsonPropertyOrder({"requestId", "errorCode", "errorMessage"})
public record DarajaError(String requestId, String errorCode, String errorMessage) {
}
