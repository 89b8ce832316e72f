package io.mpesagw.payment.payout.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.initiator.InitiatorAccepted;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.daraja.status.TransactionStatusRequest;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.payment.adapter.out.daraja.DarajaSettings;
import io.mpesagw.payment.adapter.out.daraja.ThrottleBackoff;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient.TokenUnavailableException;
import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.payout.application.B2cPort;
import io.mpesagw.payment.payout.application.StatusQueryPort;
import io.mpesagw.payment.payout.domain.Payout;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.util.function.Function;

/**
 * B2C v3 and Transaction Status for payouts, as the payout's own Daraja account (shortcode, initiator,
 * token). Retries only what Daraja certainly did not process (a refused token once, throttling with
 * backoff); anything unclear is reported as such and never resent.
 */
class DarajaPayouts implements B2cPort, StatusQueryPort {

    /** v3 answers a repeated OriginatorConversationID with this: an earlier send got through. */
    private static final String DUPLICATE = "500.002.1001";

    private final DarajaEndpoint endpoint;
    private final HttpClient http;
    private final X509Certificate certificate;
    private final TokenServiceClient tokens;
    private final CallbackPathToken pathTokens;
    private final DarajaSettings daraja;
    private final PayoutDarajaSettings settings;

    /** @param certificate encrypts initiator passwords; null when DARAJA_CERTIFICATE_FILE is not set (no payouts) */
    DarajaPayouts(DarajaEndpoint endpoint, HttpClient http, X509Certificate certificate, TokenServiceClient tokens,
            CallbackPathToken pathTokens, DarajaSettings daraja, PayoutDarajaSettings settings) {
        this.endpoint = endpoint;
        this.http = http;
        this.certificate = certificate;
        this.tokens = tokens;
        this.pathTokens = pathTokens;
        this.daraja = daraja;
        this.settings = settings;
    }

    @Override
    public B2cSubmission send(Payout payout, DarajaAccount account) {
        if (!account.paysOut() || certificate == null) {
            return new B2cSubmission.Refused("payouts_not_configured", "credential set " + account.credentialSet()
                    + (certificate == null ? ": DARAJA_CERTIFICATE_FILE is not configured" : " has no B2C initiator"));
        }
        B2cPaymentRequest request;
        B2cClient b2c;
        try {
            request = new B2cPaymentRequest(payout.originatorConversationId(), settings.command(), payout.amount(),
                    account.b2cShortcode(), payout.msisdn(), payout.remarks(), callbackUrl("b2c", payout, "timeout"),
                    callbackUrl("b2c", payout, "result"), payout.occasion());
            b2c = new B2cClient(endpoint, http, initiator(account));
        } catch (IllegalArgumentException e) {
            return new B2cSubmission.Refused("invalid_request", e.getMessage());
        }
        DarajaOutcome<InitiatorAccepted> outcome;
        try {
            outcome = call(account, token -> b2c.payV3(token, request));
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
    public StatusQuery ask(Payout payout, DarajaAccount account) {
        if (!account.paysOut() || certificate == null) {
            return new StatusQuery.Unavailable("payouts_not_configured");
        }
        // by receipt when one is known, else by our OriginatorConversationID (daraja-facts 7.1)
        TransactionStatusRequest request = new TransactionStatusRequest(payout.mpesaReceipt(),
                payout.originatorConversationId(), account.b2cShortcode(), IdentifierType.SHORT_CODE,
                callbackUrl("status", payout, "result"), callbackUrl("status", payout, "timeout"), "Payout status", null);
        TransactionStatusClient status;
        try {
            status = new TransactionStatusClient(endpoint, http, initiator(account));
        } catch (IllegalArgumentException e) {
            return new StatusQuery.Unavailable("invalid initiator: " + e.getMessage());
        }
        try {
            return switch (call(account, token -> status.query(token, request))) {
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
    private DarajaOutcome<InitiatorAccepted> call(DarajaAccount account,
            Function<String, DarajaOutcome<InitiatorAccepted>> send) {
        String token = tokens.currentToken(account.credentialSet());
        boolean tokenReplaced = false;
        for (int attempt = 1; ; attempt++) {
            DarajaOutcome<InitiatorAccepted> outcome = send.apply(token);
            if (outcome instanceof DarajaOutcome.InvalidAccessToken<InitiatorAccepted> && !tokenReplaced) {
                token = tokens.replace(account.credentialSet(), token);
                tokenReplaced = true;
            } else if (!(outcome instanceof DarajaOutcome.Throttled<InitiatorAccepted>)
                    || !ThrottleBackoff.waitBeforeRetry(attempt)) {
                return outcome;
            }
        }
    }

    /** Its message names the offending characters only, never the password. */
    private InitiatorCredentials initiator(DarajaAccount account) {
        return new InitiatorCredentials(account.initiator().name(), account.initiator().password(), certificate);
    }

    /** The path token is a capability: whoever has the URL can post a callback that will be believed. */
    private String callbackUrl(String api, Payout payout, String kind) {
        return daraja.callbackBaseUrl().resolve("/v1/callbacks/" + api + "/" + payout.id() + "/"
                + pathTokens.forPayment(payout.id()) + "/" + kind).toString();
    }
}
