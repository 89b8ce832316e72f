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

/** {@code POST /mpesa/stkpushquery/v1/query}: the result of a prompt, codes as strings. */
@RestController
class StkQueryController {

    // Safaricom's long-lived typo ("successsfully"); clients must not compare this text.
    private static final String ANSWERED = "The service request has been accepted successsfully";

    private final BearerGuard bearer;
    private final DarajaJsonBody jsonBody;
    private final StkPushService pushes;
    private final SimulatorMetrics metrics;
    private final DarajaApps apps;

    StkQueryController(BearerGuard bearer, DarajaJsonBody jsonBody, StkPushService pushes, SimulatorMetrics metrics,
            DarajaApps apps) {
        this.bearer = bearer;
        this.jsonBody = jsonBody;
        this.pushes = pushes;
        this.metrics = metrics;
        this.apps = apps;
    }

    @PostMapping("/mpesa/stkpushquery/v1/query")
    QueryAnswer query(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        metrics.stkQueryReceived();
        apps.count(bearer.requireValidToken(authorization), AppCall.STK_QUERY);
        PromptState.Resolved resolved = pushes.query(StkQueryRequest.from(jsonBody.read(contentType, body)));
        StkPrompt prompt = resolved.prompt();
        return new QueryAnswer("0", ANSWERED, prompt.merchantRequestId(), prompt.checkoutRequestId(),
                resolved.resultCode(), resolved.resultDesc());
    }

    @JsonPropertyOrder({"ResponseCode", "ResponseDescription", "MerchantRequestID", "CheckoutRequestID",
        "ResultCode", "ResultDesc"})
    record QueryAnswer(
            @JsonProperty("ResponseCode") String responseCode,
            @JsonProperty("ResponseDescription") String responseDescription,
            @JsonProperty("MerchantRequestID") String merchantRequestId,
            @JsonProperty("CheckoutRequestID") String checkoutRequestId,
            @JsonProperty("ResultCode") String resultCode,
            @JsonProperty("ResultDesc") String resultDesc) {
    }
}
