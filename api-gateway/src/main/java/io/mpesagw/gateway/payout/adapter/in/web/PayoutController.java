package io.mpesagw.gateway.payout.adapter.in.web;

import io.mpesagw.gateway.idempotency.adapter.in.web.IdempotentResponses;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.application.MerchantAuthentication;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.payout.application.AcceptPayout;
import io.mpesagw.gateway.payout.application.ListPayouts;
import io.mpesagw.gateway.payout.application.PayoutInputRules;
import io.mpesagw.gateway.payout.application.PayoutViews;
import io.mpesagw.gateway.payout.domain.PayoutView;
import io.mpesagw.gateway.web.RequestIds;
import io.mpesagw.kit.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Map;
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
@Tag(name = "Payouts")
class PayoutController {

    private final MerchantAuthentication authentication;
    private final PayoutInputRules rules;
    private final AcceptPayout acceptPayout;
    private final PayoutViews views;
    private final IdempotentResponses idempotency;
    private final ListPayouts listPayouts;

    PayoutController(MerchantAuthentication authentication, PayoutInputRules rules, AcceptPayout acceptPayout,
            PayoutViews views, IdempotentResponses idempotency, ListPayouts listPayouts) {
        this.authentication = authentication;
        this.rules = rules;
        this.acceptPayout = acceptPayout;
        this.views = views;
        this.idempotency = idempotency;
        this.listPayouts = listPayouts;
    }

    /** Body of {@code POST /v1/payouts}; amount as a JSON number so that fractions can be refused, not rounded. */
    record CreatePayoutBody(BigDecimal amount, String phone, String reference, String remarks, String occasion) {
    }

    /** 202 {@link PayoutResource}; at most one payout per {@code Idempotency-Key}. */
    @PostMapping(path = "/v1/payouts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> create(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody CreatePayoutBody body, HttpServletRequest request) {
        AuthenticatedMerchant caller = authentication.authenticate(authorization);
        return idempotency.respond(request, caller.merchant().id(), "POST /v1/payouts", HttpStatus.ACCEPTED,
                () -> PayoutResource.of(acceptPayout.request(caller,
                        rules.check(body.amount(), body.phone(), body.reference(), body.remarks(), body.occasion()),
                        RequestIds.originOf(request))));
    }

    /** Newest first; {@code limit}, {@code starting_after}, {@code ending_before}, {@code status}, {@code created_gte}, {@code created_lt}. */
    @Operation(summary = "List your payouts, newest first (cursor pagination)")
    @GetMapping("/v1/payouts")
    PayoutListResource list(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam Map<String, String> params) {
        Merchant merchant = authentication.authenticate(authorization).merchant();
        return PayoutListResource.of(listPayouts.list(merchant.id(), params));
    }

    /** Another merchant's payout is reported as absent, not forbidden: its existence is not theirs to learn. */
    @GetMapping("/v1/payouts/{id}")
    PayoutResource get(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String id) {
        Merchant merchant = authentication.authenticate(authorization).merchant();
        PayoutView payout = views.find(merchant.id(), id).orElseThrow(() -> ApiException.notFound("payout", id));
        return PayoutResource.of(payout);
    }
}
