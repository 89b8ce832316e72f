package io.mpesagw.daraja.http;

import io.mpesagw.daraja.DarajaOutcome;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a Daraja error answer to an outcome (daraja-facts.md sections 1, 3, 4). Errors that say the
 * request was refused become Rejected; anything that might hide a processed request becomes Unclear.
 */
public final class OutcomeClassifier {

    private static final Set<String> TOKEN_CODES = Set.of("404.001.03", "401.002.01", "400.003.01");
    private static final Set<String> THROTTLE_CODES = Set.of("500.003.02", "500.003.03");
    /** 5xx codes whose message is a clear refusal: the request was checked and turned down. */
    private static final Set<String> REFUSAL_CODES_5XX = Set.of("500.001.1001");

    private OutcomeClassifier() {
    }

    public static <T> DarajaOutcome<T> classify(int status, String body, Operation operation, Redaction redaction) {
        Optional<DarajaErrorBody> parsed = DarajaErrorBody.of(body);
        if (parsed.isEmpty()) {
            return unrecognised(status, redaction.snippet(body));
        }
        DarajaErrorBody error = new DarajaErrorBody(parsed.get().errorCode(), redaction.apply(parsed.get().errorMessage()));
        return classify(status, error, operation);
    }

    static <T> DarajaOutcome<T> classify(int status, DarajaErrorBody error, Operation operation) {
        String code = error.errorCode();
        if (TOKEN_CODES.contains(code)) {
            return new DarajaOutcome.InvalidAccessToken<>(code);
        }
        if (THROTTLE_CODES.contains(code) || error.says("system is busy")
                || error.says("spike arrest violation") || error.says("quota violation")) {
            return new DarajaOutcome.Throttled<>(code, error.errorMessage());
        }
        if (error.says("being processed") || error.says("still under processing")) {
            return operation == Operation.QUERY
                    ? new DarajaOutcome.StillProcessing<>()
                    : new DarajaOutcome.Unclear<>("Daraja says the transaction is being processed (" + code + ")");
        }
        if (status >= 400 && status < 500) {
            return new DarajaOutcome.Rejected<>(status, code, error.errorMessage());
        }
        if (status >= 500 && REFUSAL_CODES_5XX.contains(code)) {
            return new DarajaOutcome.Rejected<>(status, code, error.errorMessage());
        }
        return new DarajaOutcome.Unclear<>("HTTP " + status + " " + code + ": " + error.errorMessage());
    }

    private static <T> DarajaOutcome<T> unrecognised(int status, String snippet) {
        if (status >= 400 && status < 500) {
            return new DarajaOutcome.Rejected<>(status, "http_" + status, snippet);
        }
        return new DarajaOutcome.Unclear<>("HTTP " + status + " without a Daraja error code: " + snippet);
    }
}
