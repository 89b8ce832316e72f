package io.mpesagw.daraja;

/** Result of any Daraja call. */
public sealed interface DarajaOutcome<T> {

    /** Daraja accepted the call; {@code body} is its parsed answer. */
    record Accepted<T>(T body) implements DarajaOutcome<T> {
    }

    /** Daraja answered with a clear refusal (its errorCode/errorMessage, or ResponseCode != 0). */
    record Rejected<T>(int httpStatus, String errorCode, String errorMessage) implements DarajaOutcome<T> {
    }

    /** 404.001.03 / 401.002.01 / 400.003.01: refresh the token (compare-and-refresh) and retry once. */
    record InvalidAccessToken<T>(String errorCode) implements DarajaOutcome<T> {
    }

    /**
     * 500.003.02 / 500.003.03 / "System is busy": back off; the request was NOT processed. Also used,
     * with errorCode {@code connection_failed}, when no connection to Daraja could be made at all.
     */
    record Throttled<T>(String errorCode, String errorMessage) implements DarajaOutcome<T> {
    }

    /** STK query only: "The transaction is being processed" (HTTP 500, 500.001.1001). */
    record StillProcessing<T>() implements DarajaOutcome<T> {
    }

    /**
     * Timeout, connection reset after sending, 5xx without a recognisable code, unparseable body:
     * the request MAY have been processed. Never resend a push/payout on this.
     */
    record Unclear<T>(String reason) implements DarajaOutcome<T> {
    }
}
