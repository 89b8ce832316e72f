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

    /**
     * The B2C / initiator-API flavour of a bad token (401, not STK's 404): Daraja echoes the token
     * it was given, here cut short so a huge header is not reflected whole.
     */
    public static DarajaRejection invalidAccessTokenEchoed(String token) {
        String echoed = token.length() > 64 ? token.substring(0, 64) : token;
        return new DarajaRejection(401, "401.002.01", "Error Occurred - Invalid Access Token - " + echoed, null);
    }

    /** B2C v3: an OriginatorConversationID that was already used. */
    public static DarajaRejection duplicateOriginatorConversationId() {
        return new DarajaRejection(500, "500.002.1001", "Duplicate OriginatorConversationID.", null);
    }

    public static DarajaRejection internalError() {
        return new DarajaRejection(500, "500.003.1001", "Internal Server Error", null);
    }

    /** C2B Register URL in production, for a shortcode whose URLs are already registered. */
    public static DarajaRejection urlsAlreadyRegistered() {
        return new DarajaRejection(500, "500.003.1001", "Urls are already registered.", null);
    }

    /** Apigee's per-second throttle. */
    public static DarajaRejection spikeArrest() {
        return new DarajaRejection(500, "500.003.02", "Error Occurred: Spike Arrest Violation", null);
    }

    /** Apigee's per-period request quota. */
    public static DarajaRejection quotaViolation() {
        return new DarajaRejection(500, "500.003.03", "Error Occurred: Quota Violation", null);
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
