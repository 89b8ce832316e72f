package io.mpesagw.gateway.payment.adapter.in.web;

import io.mpesagw.gateway.idempotency.adapter.in.web.IdempotentResponses;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.application.MerchantAuthentication;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.payment.application.ListPayments;
import io.mpesagw.gateway.payment.application.PaymentInputRules;
import io.mpesagw.gateway.payment.application.PaymentViews;
import io.mpesagw.gateway.payment.application.RequestPayment;
import io.mpesagw.gateway.payment.domain.PaymentView;
import io.mpesagw.gateway.web.RequestIds;
import io.mpesagw.kit.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments")
class PaymentController {

    private final MerchantAuthentication authentication;
    private final PaymentInputRules rules;
    private final RequestPayment requestPayment;
    private final PaymentViews views;
    private final IdempotentResponses idempotency;
    private final ListPayments listPayments;

    PaymentController(MerchantAuthentication authentication, PaymentInputRules rules, RequestPayment requestPayment,
            PaymentViews views, IdempotentResponses idempotency, ListPayments listPayments) {
        this.authentication = authentication;
        this.rules = rules;
        this.requestPayment = requestPayment;
        this.views = views;
        this.idempotency = idempotency;
        this.listPayments = listPayments;
    }

    /** Body of {@code POST /v1/payments}; amount as a JSON number so that fractions can be refused, not rounded. */
    record CreatePaymentBody(BigDecimal amount, String phone, String reference, String description) {
    }

    /** 202 {@link PaymentResource}; at most one payment per {@code Idempotency-Key}. */
    @Operation(summary = "Ask a customer to pay: sends the M-Pesa STK prompt to their phone")
    @ApiResponse(responseCode = "202", description = "Accepted; the status follows as the customer answers",
            content = @Content(schema = @Schema(implementation = PaymentResource.class)))
    @PostMapping(path = "/v1/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> create(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody CreatePaymentBody body, HttpServletRequest request) {
        AuthenticatedMerchant caller = authentication.authenticate(authorization);
        return idempotency.respond(request, caller.merchant().id(), "POST /v1/payments", HttpStatus.ACCEPTED,
                () -> PaymentResource.of(requestPayment.request(caller,
                        rules.check(body.amount(), body.phone(), body.reference(), body.description()),
                        RequestIds.originOf(request))));
    }

    /** Newest first; {@code limit}, {@code starting_after}, {@code ending_before}, {@code status}, {@code created_gte}, {@code created_lt}. */
    @Operation(summary = "List your payments, newest first (cursor pagination)")
    @GetMapping("/v1/payments")
    PaymentListResource list(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam Map<String, String> params) {
        Merchant merchant = authentication.authenticate(authorization).merchant();
        return PaymentListResource.of(listPayments.list(merchant.id(), params));
    }

    @Operation(summary = "One of your payments")
    @GetMapping("/v1/payments/{id}")
    PaymentResource get(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String id) {
        Merchant merchant = authentication.authenticate(authorization).merchant();
        PaymentView payment = views.find(merchant.id(), id).orElseThrow(() -> ApiException.notFound("payment", id));
        return PaymentResource.of(payment);
    }
}
