package io.mpesagw.simulator.stk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.app.AppCall;
import io.mpesagw.simulator.app.DarajaApps;
import io.mpesagw.simulator.daraja.DarajaJsonBody;
import io.mpesagw.simulator.oauth.BearerGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mpesa/stkpush/v1/processrequest} (M-Pesa Express). */
@RestController
class StkPushController {

    private static final String ACCEPTED = "Success. Request accepted for processing";

    private final BearerGuard bearer;
    private final DarajaJsonBody jsonBody;
    private final StkPushService pushes;
    private final SimulatorMetrics metrics;
    private final DarajaApps apps;
    private final StkTextLimits textLimits;

    StkPushController(BearerGuard bearer, DarajaJsonBody jsonBody, StkPushService pushes, SimulatorMetrics metrics,
            StkTextLimits textLimits, DarajaApps apps) {
        this.bearer = bearer;
        this.jsonBody = jsonBody;
        this.pushes = pushes;
        this.metrics = metrics;
        this.apps = apps;
        this.textLimits = textLimits;
    }

    /** The body is taken raw so that a wrong Content-Type reaches Daraja's own (misleading) check. */
    @PostMapping("/mpesa/stkpush/v1/processrequest")
    PushAccepted push(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        metrics.stkPushReceived();
        apps.count(bearer.requireValidToken(authorization), AppCall.STK_PUSH);
        StkPushRequest request = StkPushRequest.from(jsonBody.read(contentType, body), textLimits.longText());
        StkPrompt prompt = pushes.push(request);
        return new PushAccepted(prompt.merchantRequestId(), prompt.checkoutRequestId(), "0", ACCEPTED, ACCEPTED);
    }

    @JsonPropertyOrder({"MerchantRequestID", "CheckoutRequestID", "ResponseCode", "ResponseDescription",
        "CustomerMessage"})
    record PushAccepted(
            @JsonProperty("MerchantRequestID") String merchantRequestId,
            @JsonProperty("CheckoutRequestID") String checkoutRequestId,
            @JsonProperty("ResponseCode") String responseCode,
            @JsonProperty("ResponseDescription") String responseDescription,
            @JsonProperty("CustomerMessage") String customerMessage) {
    }
}
