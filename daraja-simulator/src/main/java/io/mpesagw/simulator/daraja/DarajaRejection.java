package io.mpesagw.simulator.daraja;

/**
 * A request Daraja would refuse, with the HTTP status, error code and message it answers with.
 * Thrown from anywhere in request handling and turned into a {@link DarajaError} at the edge.
 */
public final class DarajaRejection extends RuntimeException {

    private final int httpStatus;
    private final String errorCode;
    private final String requestId;

    private DarajaRejection(int httpStatus, String errorCode, String errorMessage, String requestId) {
        // No stack trace: this is an expected answer, not a fault.
        super(errorMessage, null, false, false);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    /** 400.002.02, also what Daraja answers when the body was not read as JSON at all. */
    public static DarajaRejection invalidField(String field) {
        return new DarajaRejection(400, "400.002.02", "Bad Request - Invalid " + field, null);
    }

    public static DarajaRejection invalidPayload() {
        return new DarajaRejection(400, "400.002.05", "Invalid Request Payload", null);
    }

    public static DarajaRejection invalidAuthentication() {
        return new DarajaRejection(400, "400.008.01", "Invalid Authentication passed", null);
    }

    public static DarajaRejection invalidGrantType() {
        return new DarajaRejection(400, "400.008.02", "Invalid grant type passed", null);
    }

    public static DarajaRejection invalidAuthenticationHeader() {
        return new DarajaRejection(404, "404.001.04", "Invalid Authentication Header", null);
    }

    public static DarajaRejection invalidAccessToken() {
        return new DarajaRejection(404, "404.001.03", "Invalid Access Token", null);
    }

    public static DarajaRejection resourceNotFound() {
        return new DarajaRejection(404, "404.001.01", "Resource not found", null);
    }

    public static DarajaRejection methodNotAllowed(String method) {
        return new DarajaRejection(405, "405.001", method + " Method Not Allowed", null);
    }

    /** The STK family's business refusals (unknown merchant, wrong password, subscriber locked). */
    public static DarajaRejection stkRefusal(String errorMessage) {
        return new DarajaRejection(500, "500.001.1001", errorMessage, null);
    }

    /** STK query before the outcome is known: Daraja echoes the CheckoutRequestID as the requestId. */
    public static DarajaRejection stillProcessing(String checkoutRequestId) {
        return new DarajaRejection(500, "500.001.1001", "The transaction is being processed", checkoutRequestId);
    }

    public static DarajaRejection internalError() {
        return new DarajaRejection(500, "500.003.1001", "Internal Server Error", null);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The requestId to answer with, or null to let the edge generate one. */
    public String requestId() {
        return requestId;
    }
}
