package io.mpesagw.gateway.checkout.adapter.in.web;

import io.mpesagw.gateway.checkout.application.Checkout.SessionState;
import io.mpesagw.gateway.checkout.application.Checkout;
import io.mpesagw.gateway.checkout.application.CheckoutSession;
import io.mpesagw.gateway.idempotency.adapter.in.web.IdempotentResponses;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.application.MerchantAuthentication;
import io.mpesagw.gateway.web.CheckoutHeaders;
import io.mpesagw.gateway.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkout sessions")
class CheckoutController {

    private final MerchantAuthentication authentication;
    private final Checkout checkout;
    private final IdempotentResponses idempotency;

    CheckoutController(MerchantAuthentication authentication, Checkout checkout, IdempotentResponses idempotency) {
        this.authentication = authentication;
        this.checkout = checkout;
        this.idempotency = idempotency;
    }

    /** {@code publishable_key}, optional: one of the merchant's own, put into the page link so that it is complete. */
    record OpenSessionBody(BigDecimal amount, String reference, String description, String publishableKey) {
    }

    record PayBody(String phone) {
    }

    /** Called by the merchant's server with its secret key; 201, at most one session per {@code Idempotency-Key}. */
    @Operation(summary = "Open a checkout session (amount and reference fixed) for the hosted page")
    @ApiResponse(responseCode = "201", description = "Opened; the client secret is shown only here",
            content = @Content(schema = @Schema(implementation = OpenedSessionResource.class)))
    @PostMapping(path = "/v1/checkout/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> open(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody OpenSessionBody body, HttpServletRequest request) {
        AuthenticatedMerchant caller = authentication.authenticate(authorization);
        return idempotency.respond(request, caller.merchant().id(), "POST /v1/checkout/sessions", HttpStatus.CREATED, () -> {
            Checkout.OpenedSession opened = checkout.open(caller, body.amount(), body.reference(), body.description(),
                    body.publishableKey(), RequestIds.originOf(request));
            return OpenedSessionResource.of(opened);
        });
    }

    /** Called by the browser with the merchant's publishable key and the session's client secret. */
    @Operation(summary = "The session as the hosted page shows it (browser: publishable key and client secret)",
            security = @SecurityRequirement(name = "publishableKey"))
    @GetMapping("/v1/checkout/sessions/{id}")
    CheckoutSessionResource get(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = CheckoutHeaders.CLIENT_SECRET, required = false) String clientSecret,
            @PathVariable String id) {
        AuthenticatedMerchant browser = authentication.authenticatePublishable(authorization);
        return CheckoutSessionResource.of(checkout.state(id, clientSecret, browser));
    }

    /**
     * 202; at most one payment per {@code Idempotency-Key}. Keys are scoped to the session (its id is in
     * the endpoint), so a browser reusing a key on another session starts that session's payment.
     */
    @Operation(summary = "Send the M-Pesa prompt for this session to a phone (browser: publishable key and client secret)",
            security = @SecurityRequirement(name = "publishableKey"))
    @ApiResponse(responseCode = "202", description = "The prompt is on its way; watch the payment with the watch token",
            content = @Content(schema = @Schema(implementation = PaymentStartedResource.class)))
    @PostMapping(path = "/v1/checkout/sessions/{id}/pay", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> pay(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = CheckoutHeaders.CLIENT_SECRET, required = false) String clientSecret,
            @PathVariable String id, @RequestBody PayBody body, HttpServletRequest request) {
        AuthenticatedMerchant browser = authentication.authenticatePublishable(authorization);
        CheckoutSession session = checkout.authorised(id, clientSecret, browser);
        return idempotency.respond(request, session.merchant().id(), "POST /v1/checkout/sessions/" + session.id() + "/pay",
                HttpStatus.ACCEPTED, () -> {
                    SessionState state = checkout.pay(id, clientSecret, browser, body.phone(),
                            RequestIds.originOf(request));
                    var payment = state.payment().orElseThrow();
                    return new PaymentStartedResource(payment.id(), payment.status().wireName(), payment.message(),
                            state.watchToken());
                });
    }
}
