package io.mpesagw.payment.adapter.out.daraja;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.stk.DarajaTimestamp;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.daraja.stk.StkPushAccepted;
import io.mpesagw.daraja.stk.StkPushRequest;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient.TokenUnavailableException;
import io.mpesagw.payment.application.PushResult;
import io.mpesagw.payment.application.StkPushPort;
import io.mpesagw.payment.domain.Payment;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends STK pushes. Retries only what Daraja certainly did not process: a refused access token
 * (once, after compare-and-refresh) and throttling (with backoff). Anything unclear is reported
 * as such and never resent, because a resend would prompt the customer twice.
 */
class DarajaStkPush implements StkPushPort {

    private static final int MAX_THROTTLED_ATTEMPTS = 4;
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
    public PushResult push(Payment payment) {
        String token;
        try {
            token = tokens.currentToken();
        } catch (TokenUnavailableException e) {
            return new PushResult.Refused("token_unavailable", e.getMessage());
        }
        boolean tokenReplaced = false;
        for (int attempt = 1; ; attempt++) {
            DarajaOutcome<StkPushAccepted> outcome = stk.push(token, requestFor(payment));
            switch (outcome) {
                case DarajaOutcome.Accepted<StkPushAccepted> accepted -> {
                    return new PushResult.Submitted(accepted.body().checkoutRequestId(),
                            accepted.body().merchantRequestId());
                }
                case DarajaOutcome.Rejected<StkPushAccepted> rejected -> {
                    return new PushResult.Refused(rejected.errorCode(), rejected.errorMessage());
                }
                case DarajaOutcome.InvalidAccessToken<StkPushAccepted> invalid -> {
                    if (tokenReplaced) {
                        return new PushResult.Refused(invalid.errorCode(), "Daraja refused a freshly issued access token");
                    }
                    try {
                        token = tokens.replace(token);
                    } catch (TokenUnavailableException e) {
                        return new PushResult.Refused("token_unavailable", e.getMessage());
                    }
                    tokenReplaced = true;
                }
                case DarajaOutcome.Throttled<StkPushAccepted> throttled -> {
                    if (attempt >= MAX_THROTTLED_ATTEMPTS) {
                        return new PushResult.Refused(throttled.errorCode(), throttled.errorMessage());
                    }
                    backOff(attempt);
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

    private StkPushRequest requestFor(Payment payment) {
        String timestamp = DarajaTimestamp.of(clock.instant());
        String callbackUrl = settings.callbackBaseUrl().resolve("/v1/callbacks/stk/" + payment.id() + "/"
                + callbackTokens.forPayment(payment.id())).toString();
        String description = payment.description() == null || payment.description().isBlank()
                ? payment.accountReference() : payment.description();
        return new StkPushRequest(settings.shortcode(), settings.passkey(), timestamp,
                TransactionType.CUSTOMER_PAY_BILL_ONLINE, payment.amount(), payment.msisdn(), settings.shortcode(),
                callbackUrl, payment.accountReference(),
                description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description);
    }

    private static void backOff(int attempt) {
        try {
            // Spike arrest is per second: 1 s, 2 s, 4 s keeps us under it without giving up early.
            Thread.sleep(Duration.ofSeconds(1L << (attempt - 1)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
