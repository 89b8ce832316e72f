package io.mpesagw.daraja.http;

import io.mpesagw.daraja.DarajaOutcome;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a Daraja error answer to an outcome (daraja-facts.md sections 1, 3, 4, 6, 7). Errors that say the
 * request was refused become Rejected; anything that might hide a processed request becomes Unclear.
 */
public final class OutcomeClassifier {

    private static final Set<String> TOKEN_CODES = Set.of("404.001.03", "401.002.01", "400.003.01");
    private static final Set<String> THROTTLE_CODES = Set.of("500.003.02", "500.003.03");

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
        // The message check catches "Error Occurred - Invalid Access Token - <token>" under an unlisted code.
        if (TOKEN_CODES.contains(code) || error.says("invalid access token")) {
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
        if ((status >= 400 && status < 500) || (status >= 500 && isRefusal(code, error))) {
            return new DarajaOutcome.Rejected<>(status, code, error.errorMessage());
        }
        return new DarajaOutcome.Unclear<>("HTTP " + status + " " + code + ": " + error.errorMessage());
    }

    /**
     * 5xx answers that say THIS request was checked and turned down. A duplicate OriginatorConversationID
     * refuses the new request only: the earlier one with that id keeps whatever outcome it has.
     * "System internal error." and "Internal Server Error" under the same codes stay Unclear.
     */
    private static boolean isRefusal(String code, DarajaErrorBody error) {
        return switch (code) {
            case "500.001.1001" -> true;
            case "500.002.1001" -> error.says("duplicate originatorconversationid");
            case "500.003.1001" -> error.says("already registered") || error.says("duplicate notification info");
            default -> false;
        };
    }

    private static <T> DarajaOutcome<T> unrecognised(int status, String snippet) {
        if (status >= 400 && status < 500) {
            return new DarajaOutcome.Rejected<>(status, "http_" + status, snippet);
        }
        return new DarajaOutcome.Unclear<>("HTTP " + status + " without a Daraja error code: " + snippet);
    }
}
