package io.mpesagw.simulator.c2b;

import io.mpesagw.simulator.DarajaTestClient;
import tools.jackson.databind.node.ObjectNode;

/** C2B request bodies in the Daraja docs' shapes, for tests to spoil one field at a time. */
final class C2bRequests {

    static final String REGISTER_V1 = "/mpesa/c2b/v1/registerurl";
    static final String REGISTER_V2 = "/mpesa/c2b/v2/registerurl";
    static final String SIMULATE_V1 = "/mpesa/c2b/v1/simulate";
    static final String SIMULATE_V2 = "/mpesa/c2b/v2/simulate";

    private C2bRequests() {
    }

    static ObjectNode register(String shortCode, String responseType, String confirmationUrl, String validationUrl) {
        ObjectNode body = (ObjectNode) DarajaTestClient.parse("{}");
        body.put("ShortCode", shortCode);
        body.put("ResponseType", responseType);
        body.put("ConfirmationURL", confirmationUrl);
        body.put("ValidationURL", validationUrl);
        return body;
    }

    /** The docs' sample mixes types: ShortCode, Amount and Msisdn as numbers. */
    static ObjectNode simulate(String shortCode, String commandId, long amount, String msisdn, String billRef) {
        ObjectNode body = (ObjectNode) DarajaTestClient.parse("{}");
        body.put("ShortCode", Long.parseLong(shortCode));
        body.put("CommandID", commandId);
        body.put("Amount", amount);
        body.put("Msisdn", Long.parseLong(msisdn));
        body.put("BillRefNumber", billRef);
        return body;
    }
}
