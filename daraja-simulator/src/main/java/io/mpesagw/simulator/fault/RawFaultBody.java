package io.mpesagw.simulator.fault;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Answers that are not in Daraja's error envelope, which a client must survive (daraja-facts.md
 * section 1). Each has the status it is known under; the control API may set another.
 */
public enum RawFaultBody {

    /**
     * Apigee's SOAP fault rendered as JSON, as C2B Register URL answered for an STK-only shortcode
     * (section 1, bnjunge/MPESA-API-Tutorial#3). The fact sheet elides the end; {@code detail} is
     * Apigee's usual one for a failed ServiceCallout.
     */
    APIGEE_SOAP_FAULT("apigee-soap-fault", 500, true, """
            {"Envelope":{"encodingStyle":"http://schemas.xmlsoap.org/soap/encoding/","Body":{"Fault":{\
            "faultcode":"soap:Server","faultstring":"Execution of ServiceCallout SCO-AddURLVault failed. \
            Reason: ResponseCode 409 is treated as error","detail":{"source":{"errorcode":\
            "steps.servicecallout.ExecutionFailed"}}}}}}"""),

    /**
     * Apigee's own fault when the app lacks the API product ("Invalid API call as no apiproduct match
     * found", sections 3 and 10). The fact sheet gives no status or shape; this is Apigee's standard
     * VerifyAPIKey answer.
     */
    APIGEE_NO_APIPRODUCT("apigee-no-apiproduct", 401, true, """
            {"fault":{"faultstring":"Invalid API call as no apiproduct match found","detail":{"errorcode":\
            "keymanagement.service.InvalidAPICallAsNoApiProductMatchFound"}}}"""),

    /** Nothing at all, as a load balancer answers when the backend drops the connection. */
    EMPTY("empty", 502, false, "");

    private final String label;
    private final int defaultStatus;
    private final boolean json;
    private final String content;

    RawFaultBody(String label, int defaultStatus, boolean json, String content) {
        this.label = label;
        this.defaultStatus = defaultStatus;
        this.json = json;
        this.content = content;
    }

    public static Optional<RawFaultBody> named(String label) {
        return Arrays.stream(values()).filter(body -> body.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(RawFaultBody::label).toList();
    }

    public String label() {
        return label;
    }

    public int defaultStatus() {
        return defaultStatus;
    }

    /** Whether the body is sent as {@code application/json}; the empty one has no Content-Type. */
    boolean json() {
        return json;
    }

    String content() {
        return content;
    }
}
