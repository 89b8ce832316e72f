package io.mpesagw.simulator.c2b;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.daraja.DarajaIds;
import io.mpesagw.simulator.daraja.DarajaJsonBody;
import io.mpesagw.simulator.oauth.BearerGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mpesa/c2b/v1/registerurl} and {@code /v2/registerurl}. */
@RestController
class RegisterUrlController {

    private final BearerGuard bearer;
    private final DarajaJsonBody jsonBody;
    private final C2bRegistrations registrations;
    private final DarajaIds ids;
    private final C2bCounters counters;

    RegisterUrlController(BearerGuard bearer, DarajaJsonBody jsonBody, C2bRegistrations registrations, DarajaIds ids,
            C2bCounters counters) {
        this.bearer = bearer;
        this.jsonBody = jsonBody;
        this.registrations = registrations;
        this.ids = ids;
        this.counters = counters;
    }

    @PostMapping("/mpesa/c2b/v1/registerurl")
    Registered registerV1(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        return register(C2bApiVersion.V1, authorization, contentType, body);
    }

    @PostMapping("/mpesa/c2b/v2/registerurl")
    Registered registerV2(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        return register(C2bApiVersion.V2, authorization, contentType, body);
    }

    private Registered register(C2bApiVersion version, String authorization, String contentType, byte[] body) {
        counters.registrationReceived();
        bearer.requireValidToken(authorization);
        RegisterUrlRequest request = RegisterUrlRequest.from(jsonBody.read(contentType, body));
        registrations.register(new C2bRegistration(request.shortCode(), request.responseType(),
                request.confirmationUrl(), request.validationUrl(), version));
        // M-Pesa generates this id in the same shape as a MerchantRequestID.
        return new Registered(ids.merchantRequestId(), version.registerResponseCode(), "Success");
    }

    /** Safaricom's key really is "OriginatorCoversationID" (no "n"). */
    @JsonPropertyOrder({"OriginatorCoversationID", "ResponseCode", "ResponseDescription"})
    record Registered(
            @JsonProperty("OriginatorCoversationID") String originatorCoversationId,
            @JsonProperty("ResponseCode") String responseCode,
            @JsonProperty("ResponseDescription") String responseDescription) {
    }
}
