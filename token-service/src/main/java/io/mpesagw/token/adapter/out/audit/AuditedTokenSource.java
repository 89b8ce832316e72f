package io.mpesagw.token.adapter.out.audit;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.RefreshRequest;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every refresh of a credential set's token in the audit trail: when, until when the new
 * token is valid, or why the refresh failed. Never the token, the consumer key or the secret.
 *
 * <p>A refreshed token is handed out only after its entry has committed: if the entry cannot be
 * written, the refresh fails like an OAuth failure would, so no token is in use that the log does
 * not know about. Entries commit in their own transaction ({@code transactions} must start a new
 * one): a failed refresh rolls back the shared store's transaction, but its entry must stay.
 */
public final class AuditedTokenSource implements TokenSource {

    private final TokenSource source;
    private final String credentialSet;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AuditedTokenSource(TokenSource source, String credentialSet, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.source = source;
        this.credentialSet = credentialSet;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public LeasedToken fetch(RefreshRequest request) throws TokenSourceException {
        Instant started = clock.instant();
        LeasedToken token;
        try {
            token = source.fetch(request);
        } catch (TokenSourceException e) {
            try {
                record(Map.of("outcome", "failed", "reason", String.valueOf(e.getMessage()), "trigger", trigger(request),
                        "tookMillis", millisSince(started)));
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure); // the OAuth failure is what the caller must hear about
            }
            throw e;
        }
        try {
            record(Map.of("outcome", "refreshed", "expiresAt", token.expiresAt().toString(), "trigger", trigger(request),
                    "tookMillis", millisSince(started)));
        } catch (RuntimeException e) {
            throw new TokenSourceException("a Daraja token was fetched but its audit entry could not be written ("
                    + e.getClass().getSimpleName() + "); it is not handed out", e);
        }
        return token;
    }

    private void record(Map<String, ?> facts) {
        transactions.executeWithoutResult(tx -> audit.record(
                AuditEntry.of(AuditEventType.TOKEN_REFRESHED, AuditEntry.SYSTEM, "daraja_credentials", credentialSet)
                        .withDetails(facts)));
    }

    /** on_demand, ahead or refused: why this replica called OAuth. */
    private static String trigger(RefreshRequest request) {
        return switch (request) {
            case RefreshRequest.OnDemand onDemand -> "on_demand";
            case RefreshRequest.Ahead ahead -> "ahead";
            case RefreshRequest.Refused refused -> "refused";
        };
    }

    private long millisSince(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }

    @Override
    public String toString() {
        return "AuditedTokenSource[" + source + "]";
    }
}
