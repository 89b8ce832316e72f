package io.mpesagw.payment.payout.adapter.out.daraja;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.initiator.InitiatorAccepted;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.daraja.status.TransactionStatusRequest;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.payment.adapter.out.daraja.DarajaSettings;
import io.mpesagw.payment.adapter.out.daraja.ThrottleBackoff;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient.TokenUnavailableException;
import io.mpesagw.payment.payout.application.B2cPort;
import io.mpesagw.payment.payout.application.StatusQueryPort;
import io.mpesagw.payment.payout.domain.Payout;
import java.util.function.Function;

/**
 * B2C v3 and Transaction Status for payouts. Retries only what Daraja certainly did not process (a
 * refused token once, throttling with backoff); anything unclear is reported as such and never resent.
 */
class DarajaPayouts implements B2cPort, StatusQueryPort {

    /** v3 answers a repeated OriginatorConversationID with this: an earlier send got through. */
    private static final String DUPLICATE = "500.002.1001";

    private final B2cClient b2c;
    private final TransactionStatusClient status;
    private final TokenServiceClient tokens;
    private final CallbackPathToken pathTokens;
    private final DarajaSettings daraja;
    private final PayoutDarajaSettings settings;

    DarajaPayouts(B2cClient b2c, TransactionStatusClient status, TokenServiceClient tokens,
            CallbackPathToken pathTokens, DarajaSettings daraja, PayoutDarajaSettings settings) {
        this.b2c = b2c;
        this.status = status;
        this.tokens = tokens;
        this.pathTokens = pathTokens;
        this.daraja = daraja;
        this.settings = settings;
    }

    @Override
    public B2cSubmission send(Payout payout) {
        if (b2c == null) {
            return new B2cSubmission.Refused("payouts_not_configured", "B2C shortcode and initiator are not configured");
        }
        B2cPaymentRequest request;
        try {
            request = new B2cPaymentRequest(payout.originatorConversationId(), settings.command(), payout.amount(),
                    settings.b2cShortcode(), payout.msisdn(), payout.remarks(), callbackUrl("b2c", payout, "timeout"),
                    callbackUrl("b2c", payout, "result"), payout.occasion());
        } catch (IllegalArgumentException e) {
            return new B2cSubmission.Refused("invalid_request", e.getMessage());
        }
        DarajaOutcome<InitiatorAccepted> outcome;
        try {
            outcome = call(token -> b2c.payV3(token, request));
        } catch (TokenUnavailableException e) {
            return new B2cSubmission.Refused("token_unavailable", e.getMessage());
        }
        return switch (outcome) {
            case DarajaOutcome.Accepted<InitiatorAccepted> accepted ->
                    new B2cSubmission.Queued(accepted.body().conversationId());
            case DarajaOutcome.Rejected<InitiatorAccepted> rejected -> DUPLICATE.equals(rejected.errorCode())
                    ? new B2cSubmission.Unclear("Daraja reports the OriginatorConversationID as already used")
                    : new B2cSubmission.Refused(rejected.errorCode(), rejected.errorMessage());
            case DarajaOutcome.InvalidAccessToken<InitiatorAccepted> invalid ->
                    new B2cSubmission.Refused(invalid.errorCode(), "Daraja refused a freshly issued access token");
            case DarajaOutcome.Throttled<InitiatorAccepted> throttled ->
                    new B2cSubmission.Refused(throttled.errorCode(), throttled.errorMessage());
            case DarajaOutcome.StillProcessing<InitiatorAccepted> processing ->
                    new B2cSubmission.Unclear("Daraja reports the request as still being processed");
            case DarajaOutcome.Unclear<InitiatorAccepted> unclear -> new B2cSubmission.Unclear(unclear.reason());
        };
    }

    @Override
    public StatusQuery ask(Payout payout) {
        if (status == null) {
            return new StatusQuery.Unavailable("payouts_not_configured");
        }
        // by receipt when one is known, else by our OriginatorConversationID (daraja-facts 7.1)
        TransactionStatusRequest request = new TransactionStatusRequest(payout.mpesaReceipt(),
                payout.originatorConversationId(), settings.b2cShortcode(), IdentifierType.SHORT_CODE,
                callbackUrl("status", payout, "result"), callbackUrl("status", payout, "timeout"), "Payout status", null);
        try {
            return switch (call(token -> status.query(token, request))) {
                case DarajaOutcome.Accepted<InitiatorAccepted> accepted ->
                        new StatusQuery.Asked(accepted.body().conversationId());
                case DarajaOutcome.Rejected<InitiatorAccepted> rejected ->
                        new StatusQuery.Unavailable("rejected: " + rejected.errorCode() + " " + rejected.errorMessage());
                case DarajaOutcome.InvalidAccessToken<InitiatorAccepted> invalid ->
                        new StatusQuery.Unavailable("Daraja refused a freshly issued access token");
                case DarajaOutcome.Throttled<InitiatorAccepted> throttled ->
                        new StatusQuery.Unavailable("throttled: " + throttled.errorCode());
                case DarajaOutcome.StillProcessing<InitiatorAccepted> processing ->
                        new StatusQuery.Unavailable("still processing");
                case DarajaOutcome.Unclear<InitiatorAccepted> unclear -> new StatusQuery.Unavailable(unclear.reason());
            };
        } catch (TokenUnavailableException e) {
            return new StatusQuery.Unavailable("token_unavailable: " + e.getMessage());
        }
    }

    /** One call, repeated only when Daraja certainly did not process it. */
    private DarajaOutcome<InitiatorAccepted> call(Function<String, DarajaOutcome<InitiatorAccepted>> send) {
        String token = tokens.currentToken();
        boolean tokenReplaced = false;
        for (int attempt = 1; ; attempt++) {
            DarajaOutcome<InitiatorAccepted> outcome = send.apply(token);
            if (outcome instanceof DarajaOutcome.InvalidAccessToken<InitiatorAccepted> && !tokenReplaced) {
                token = tokens.replace(token);
                tokenReplaced = true;
            } else if (!(outcome instanceof DarajaOutcome.Throttled<InitiatorAccepted>)
                    || !ThrottleBackoff.waitBeforeRetry(attempt)) {
                return outcome;
            }
        }
    }

    /** The path token is a capability: whoever has the URL can post a callback that will be believed. */
    private String callbackUrl(String api, Payout payout, String kind) {
        return daraja.callbackBaseUrl().resolve("/v1/callbacks/" + api + "/" + payout.id() + "/"
                + pathTokens.forPayment(payout.id()) + "/" + kind).toString();
    }
}
