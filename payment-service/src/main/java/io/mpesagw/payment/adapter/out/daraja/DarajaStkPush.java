package io.mpesagw.payment.adapter.out.daraja;

import io.mpesagw.audit.AuditMasking;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.stk.DarajaTimestamp;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.daraja.stk.StkPushAccepted;
import io.mpesagw.daraja.stk.StkPushRequest;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.msisdn.KenyanMsisdn;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient.TokenUnavailableException;
import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.application.PushAttempt;
import io.mpesagw.payment.application.PushResult;
import io.mpesagw.payment.application.StkPushSummary;
import io.mpesagw.payment.application.StkPushPort;
import io.mpesagw.payment.domain.Payment;
import java.time.Clock;

/**
 * Sends STK pushes. Retries only what Daraja certainly did not process: a refused access token
 * (once, after compare-and-refresh) and throttling (with backoff). Anything unclear is reported
 * as such and never resent, because a resend would prompt the customer twice.
 */
class DarajaStkPush implements StkPushPort {

    private static final int MAX_DESCRIPTION = 13;

    private final StkClient stk;
    private final TokenServiceClient tokens;
    private final CallbackPathToken callbackTokens;
    private final DarajaSettings settings;
    private final Clock clock;

    DarajaStkPush(StkClient stk, TokenServiceClient tokens, CallbackPathToken callbackTokens,
            DarajaSettings settings, Clock clock) {
        this.stk = stk;
        this.tokens = tokens;
        this.callbackTokens = callbackTokens;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PushAttempt push(Payment payment, DarajaAccount account) {
        StkPushRequest request = requestFor(payment, account);
        Exchange exchange = new Exchange();
        PushResult result = push(payment, account, exchange);
        return new PushAttempt(new StkPushSummary(request.businessShortCode(), request.partyB(),
                request.transactionType().darajaName(),
                request.amount(), KenyanMsisdn.mask(request.phoneNumber()), request.accountReference(),
                callbackUrlWithoutToken(payment), exchange.attempts, exchange.tokenReplaced), result);
    }

    /** How many requests went out, and whether the token was replaced on the way: for the audit entry. */
    private static final class Exchange {
        int attempts;
        boolean tokenReplaced;
    }

    private PushResult push(Payment payment, DarajaAccount account, Exchange exchange) {
        String token;
        try {
            token = tokens.currentToken(account.credentialSet());
        } catch (TokenUnavailableException e) {
            return new PushResult.Refused("token_unavailable", e.getMessage());
        }
        for (int attempt = 1; ; attempt++) {
            exchange.attempts++;
            DarajaOutcome<StkPushAccepted> outcome = stk.push(token, requestFor(payment, account));
            switch (outcome) {
                case DarajaOutcome.Accepted<StkPushAccepted> accepted -> {
                    return new PushResult.Submitted(accepted.body().checkoutRequestId(),
                            accepted.body().merchantRequestId());
                }
                case DarajaOutcome.Rejected<StkPushAccepted> rejected -> {
                    return new PushResult.Refused(rejected.errorCode(), rejected.errorMessage());
                }
                case DarajaOutcome.InvalidAccessToken<StkPushAccepted> invalid -> {
                    if (exchange.tokenReplaced) {
                        return new PushResult.Refused(invalid.errorCode(), "Daraja refused a freshly issued access token");
                    }
                    try {
                        token = tokens.replace(account.credentialSet(), token);
                    } catch (TokenUnavailableException e) {
                        return new PushResult.Refused("token_unavailable", e.getMessage());
                    }
                    exchange.tokenReplaced = true;
                }
                case DarajaOutcome.Throttled<StkPushAccepted> throttled -> {
                    if (!ThrottleBackoff.waitBeforeRetry(attempt)) {
                        return new PushResult.Refused(throttled.errorCode(), throttled.errorMessage());
                    }
                }
                case DarajaOutcome.StillProcessing<StkPushAccepted> processing -> {
                    return new PushResult.Unclear("Daraja reports the request as still being processed");
                }
                case DarajaOutcome.Unclear<StkPushAccepted> unclear -> {
                    return new PushResult.Unclear(unclear.reason());
                }
            }
        }
    }

    /** The token is a capability: whoever has the URL can post a callback that will be believed. */
    private String callbackUrlWithoutToken(Payment payment) {
        return settings.callbackBaseUrl().resolve("/v1/callbacks/stk/" + payment.id() + "/").toString()
                + AuditMasking.MASK;
    }

    /**
     * A till's customers pay by Buy Goods: BusinessShortCode (and so the password) is the store number,
     * PartyB the till (daraja-facts section 3). A paybill is both.
     */
    private StkPushRequest requestFor(Payment payment, DarajaAccount account) {
        String timestamp = DarajaTimestamp.of(clock.instant());
        String callbackUrl = settings.callbackBaseUrl().resolve("/v1/callbacks/stk/" + payment.id() + "/"
                + callbackTokens.forPayment(payment.id())).toString();
        String description = payment.description() == null || payment.description().isBlank()
                ? payment.accountReference() : payment.description();
        TransactionType type = switch (account.shortcodeType()) {
            case PAYBILL -> TransactionType.CUSTOMER_PAY_BILL_ONLINE;
            case TILL -> TransactionType.CUSTOMER_BUY_GOODS_ONLINE;
        };
        return new StkPushRequest(account.shortcode(), account.passkey(), timestamp, type, payment.amount(),
                payment.msisdn(), account.payee(), callbackUrl, payment.accountReference(),
                description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description);
    }
}
