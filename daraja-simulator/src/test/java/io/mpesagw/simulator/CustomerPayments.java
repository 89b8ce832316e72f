package io.mpesagw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a customer pay over real HTTP (an STK push the customer accepts, or a sandbox C2B payment)
 * and returns its M-Pesa receipt, so a test has a real customer payment to query or reverse.
 */
public final class CustomerPayments {

    private CustomerPayments() {
    }

    /** Pushes KES 10 to shortcode 174379 from {@code phone} (a number that pays) and waits for the callback. */
    public static String paidStk(DarajaTestClient daraja, CallbackReceiver receiver, String name, String phone) {
        DarajaTestClient.Reply reply = daraja.stkPush(daraja.accessToken(),
                DarajaTestClient.stkPushBody(phone, receiver.urlFor(name)));
        assertThat(reply.status()).as("push %s", reply.json()).isEqualTo(200);
        JsonNode callback = DarajaTestClient.parse(receiver.awaitCallback(name).body()).get("Body").get("stkCallback");
        assertThat(callback.get("ResultCode").asInt()).isZero();
        for (JsonNode item : callback.get("CallbackMetadata").get("Item")) {
            if (item.get("Name").asString().equals("MpesaReceiptNumber")) {
                return item.get("Value").asString();
            }
        }
        throw new AssertionError("no MpesaReceiptNumber in " + callback);
    }

    /**
     * Registers {@code shortCode}'s URLs on {@code receiver} (sandbox: registering again is allowed),
     * pays it {@code amount} from {@code msisdn} and waits for the confirmation.
     *
     * @return the confirmation's body ({@code TransID} is the receipt)
     */
    public static JsonNode paidC2b(DarajaTestClient daraja, CallbackReceiver receiver, String name, String shortCode,
            String msisdn, long amount) {
        String bearer = "Bearer " + daraja.accessToken();
        ObjectNode register = (ObjectNode) DarajaTestClient.parse("{}");
        register.put("ShortCode", shortCode).put("ResponseType", "Completed")
                .put("ConfirmationURL", receiver.urlFor(name))
                .put("ValidationURL", receiver.urlFor(name + "-validate"));
        assertThat(daraja.postJson("/mpesa/c2b/v1/registerurl", bearer, register.toString()).status()).isEqualTo(200);
        ObjectNode simulate = (ObjectNode) DarajaTestClient.parse("{}");
        simulate.put("ShortCode", shortCode).put("CommandID", "CustomerPayBillOnline").put("Amount", amount)
                .put("Msisdn", msisdn).put("BillRefNumber", "invoice-" + name);
        assertThat(daraja.postJson("/mpesa/c2b/v1/simulate", bearer, simulate.toString()).status()).isEqualTo(200);
        return DarajaTestClient.parse(receiver.awaitCallback(name).body());
    }
}
