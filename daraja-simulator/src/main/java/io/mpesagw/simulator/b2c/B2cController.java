package io.mpesagw.simulator.b2c;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.app.AppCall;
import io.mpesagw.simulator.initiator.InitiatorAccepted;
import io.mpesagw.simulator.initiator.InitiatorGate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mpesa/b2c/v3/paymentrequest} and its legacy twin {@code /mpesa/b2c/v1/paymentrequest}. */
@RestController
class B2cController {

    private final InitiatorGate gate;
    private final B2cService payments;
    private final SimulatorMetrics metrics;

    B2cController(InitiatorGate gate, B2cService payments, SimulatorMetrics metrics) {
        this.gate = gate;
        this.payments = payments;
        this.metrics = metrics;
    }

    @PostMapping("/mpesa/b2c/v3/paymentrequest")
    PaymentAccepted payV3(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        return pay(B2cVersion.V3, authorization, contentType, body);
    }

    @PostMapping("/mpesa/b2c/v1/paymentrequest")
    PaymentAccepted payV1(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        return pay(B2cVersion.V1, authorization, contentType, body);
    }

    /** The body is taken raw so that a wrong Content-Type reaches Daraja's own (misleading) check. */
    private PaymentAccepted pay(B2cVersion version, String authorization, String contentType, byte[] body) {
        metrics.b2cRequestReceived();
        B2cRequest request = B2cRequest.from(gate.open(AppCall.B2C, authorization, contentType, body), version);
        B2cService.Accepted accepted = payments.pay(request, version);
        return new PaymentAccepted(accepted.conversationId(), accepted.originatorConversationId(), "0",
                InitiatorAccepted.ACCEPTED);
    }

    /** B2C lists ConversationID first (docs and real captures), unlike the other initiator APIs. */
    @JsonPropertyOrder({"ConversationID", "OriginatorConversationID", "ResponseCode", "ResponseDescription"})
    record PaymentAccepted(
            @JsonProperty("ConversationID") String conversationId,
            @JsonProperty("OriginatorConversationID") String originatorConversationId,
            @JsonProperty("ResponseCode") String responseCode,
            @JsonProperty("ResponseDescription") String responseDescription) {
    }
}
