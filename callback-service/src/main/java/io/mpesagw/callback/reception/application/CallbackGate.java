package io.mpesagw.callback.reception.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.callback.reception.domain.CallbackSourcePolicy;
import io.mpesagw.callback.reception.domain.InboxStatus;
import io.mpesagw.callback.reception.domain.Rejection;
import io.mpesagw.kit.tokens.CallbackPathToken;
import org.springframework.stereotype.Component;

/**
 * What every callback kind goes through: where it came from and whether its URL is genuine, how its
 * body is stored, and how it is counted. Callbacks are unsigned, so these checks are all there is.
 */
@Component
public class CallbackGate {

    private final CallbackPathToken pathTokens;
    private final CallbackSourcePolicy sources;
    private final MeterRegistry meters;
    private final int maxStoredBodyChars;

    CallbackGate(CallbackPathToken pathTokens, CallbackSourcePolicy sources, MeterRegistry meters,
            CallbackSettings settings) {
        this.pathTokens = pathTokens;
        this.sources = sources;
        this.meters = meters;
        this.maxStoredBodyChars = settings.maxStoredBodyChars();
    }

    /**
     * @param subjectId the payment or payout id in the URL, which its path token was issued for
     * @return the mismatch that quarantines the callback, or null when it may be read
     */
    public Rejection screen(String source, String subjectId, String pathToken) {
        if (!sources.allows(source)) {
            return Rejection.SOURCE_NOT_ALLOWED;
        }
        // Constant time: the token cannot be guessed byte by byte from response times.
        return pathTokens.matches(subjectId, pathToken) ? null : Rejection.PATH_TOKEN_MISMATCH;
    }

    /** The stored reason: the rejection code first, so it can be grouped by. */
    public static String reason(Rejection rejection, String source, String subjectType, String problem) {
        return switch (rejection) {
            case SOURCE_NOT_ALLOWED -> rejection.code() + ": " + source + " is not in CALLBACK_ALLOWED_SOURCES";
            case PATH_TOKEN_MISMATCH -> rejection.code() + ": the URL's token was not issued for this " + subjectType;
            case MALFORMED_BODY -> rejection.code() + ": " + problem;
        };
    }

    /** {@code mpesa.callbacks.received{type, outcome, reason}}: mismatches show up by reason. */
    public void count(String type, InboxStatus status, Rejection rejection) {
        meters.counter("mpesa.callbacks.received", "type", type, "outcome", status.wireName(),
                "reason", rejection == null ? "none" : rejection.code()).increment();
    }

    /** Postgres text cannot hold NUL, and a hostile body must not fill the disk. */
    public String storable(String rawBody) {
        String body = rawBody.replace('\u0000', '\uFFFD');
        return body.length() <= maxStoredBodyChars ? body : body.substring(0, maxStoredBodyChars);
    }

    /** Everything here came from an unauthenticated caller: no forged log lines, no log flooding. */
    public static String loggable(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 200 ? cleaned : cleaned.substring(0, 200) + "...";
    }
}
