package io.mpesagw.payment.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.stk.DarajaTimestamp;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.daraja.stk.StkQueryResult;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient.TokenUnavailableException;
import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.application.StkQueryAnswer;
import io.mpesagw.payment.application.StkQueryPort;
import io.mpesagw.payment.domain.Payment;
import java.time.Clock;
import java.time.Duration;

/**
 * STK push query for the janitor. A query is safe to repeat (it moves no money), but the janitor's
 * schedule is the retry: throttling, timeouts and refusals come back as {@link StkQueryAnswer.Unavailable}
 * at once. Only a refused token is retried here, once, after compare-and-refresh.
 */
class DarajaStkQuery implements StkQueryPort {

    /** token-service's own timeout (TokenServiceClient) for each of the two token calls. */
    private static final Duration TOKEN_CALL = Duration.ofSeconds(15);

    private final StkClient stk;
    private final TokenServiceClient tokens;
    private final DarajaEndpoint endpoint;
    private final Clock clock;

    DarajaStkQuery(StkClient stk, TokenServiceClient tokens, DarajaEndpoint endpoint, Clock clock) {
        this.stk = stk;
        this.tokens = tokens;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public StkQueryAnswer query(Payment payment, DarajaAccount account) {
        try {
            String token = tokens.currentToken(account.credentialSet());
            DarajaOutcome<StkQueryResult> outcome = ask(token, payment, account);
            if (outcome instanceof DarajaOutcome.InvalidAccessToken<StkQueryResult>) {
                outcome = ask(tokens.replace(account.credentialSet(), token), payment, account);
            }
            return answerOf(outcome);
        } catch (TokenUnavailableException e) {
            return new StkQueryAnswer.Unavailable("token_unavailable: " + e.getMessage());
        }
    }

    @Override
    public Duration longestQuery() {
        return TOKEN_CALL.multipliedBy(2).plus(endpoint.answerDeadline().multipliedBy(2));
    }

    /** The query names the push's BusinessShortCode: for a till, the store number, never the till. */
    private DarajaOutcome<StkQueryResult> ask(String token, Payment payment, DarajaAccount account) {
        return stk.query(token, account.shortcode(), account.passkey(), DarajaTimestamp.of(clock.instant()),
                payment.checkoutRequestId());
    }

    private static StkQueryAnswer answerOf(DarajaOutcome<StkQueryResult> outcome) {
        return switch (outcome) {
            case DarajaOutcome.Accepted<StkQueryResult> accepted ->
                    new StkQueryAnswer.Final(accepted.body().resultCode(), accepted.body().resultDesc());
            case DarajaOutcome.StillProcessing<StkQueryResult> processing -> new StkQueryAnswer.StillProcessing();
            case DarajaOutcome.Rejected<StkQueryResult> rejected -> new StkQueryAnswer.Unavailable(
                    "rejected: " + rejected.errorCode() + " " + rejected.errorMessage());
            case DarajaOutcome.InvalidAccessToken<StkQueryResult> invalid -> new StkQueryAnswer.Unavailable(
                    "Daraja refused a freshly issued access token (" + invalid.errorCode() + ")");
            case DarajaOutcome.Throttled<StkQueryResult> throttled -> new StkQueryAnswer.Unavailable(
                    "throttled: " + throttled.errorCode() + " " + throttled.errorMessage());
            case DarajaOutcome.Unclear<StkQueryResult> unclear -> new StkQueryAnswer.Unavailable(unclear.reason());
        };
    }
}
