package io.mpesagw.simulator.initiator;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.CallbackReceiver.ReceivedCallback;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What a gateway does to call the initiator APIs: encrypt the password, build bodies, read Results. */
public final class InitiatorApiSupport {

    /** The simulator's documented defaults (application.yml), which the shared test context keeps. */
    public static final String INITIATOR = "testapi";
    public static final String PASSWORD = "Safaricom123!!";
    public static final int LOCK_AFTER = 5;
    public static final String SHORTCODE = "600992";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InitiatorApiSupport() {
    }

    /** Downloads the simulator's certificate and encrypts {@code password} the Daraja way. */
    public static String securityCredential(DarajaTestClient daraja, String password) {
        return encrypt(daraja.plainText("/simulator/v1/certificate"), password);
    }

    /** Base64(RSA/ECB/PKCS1Padding(password)) with the certificate's public key, as Safaricom documents. */
    public static String encrypt(String certificatePem, String password) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, certificate.getPublicKey());
            return Base64.getEncoder().encodeToString(cipher.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public static void unlock(DarajaTestClient daraja) {
        assertThat(daraja.request("DELETE", "/simulator/v1/credential-lock", null).status()).isEqualTo(204);
    }

    /** The v3 docs sample, with the caller's ids and URLs. */
    public static ObjectNode b2cBody(String originatorConversationId, String partyB, String credential,
            String resultUrl, String timeoutUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("OriginatorConversationID", originatorConversationId);
        body.put("InitiatorName", INITIATOR);
        body.put("SecurityCredential", credential);
        body.put("CommandID", "BusinessPayment");
        body.put("Amount", "10");
        body.put("PartyA", SHORTCODE);
        body.put("PartyB", partyB);
        body.put("Remarks", "remarked");
        body.put("QueueTimeOutURL", timeoutUrl);
        body.put("ResultURL", resultUrl);
        body.put("Occassion", "ChristmasPay");
        return body;
    }

    public static ObjectNode statusBody(String transactionId, String credential, String resultUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Initiator", INITIATOR);
        body.put("SecurityCredential", credential);
        body.put("CommandID", "TransactionStatusQuery");
        body.put("TransactionID", transactionId);
        body.put("PartyA", SHORTCODE);
        body.put("IdentifierType", "4");
        body.put("ResultURL", resultUrl);
        body.put("QueueTimeOutURL", resultUrl + "-timeout");
        body.put("Remarks", "OK");
        body.put("Occasion", "OK");
        return body;
    }

    public static ObjectNode balanceBody(String credential, String resultUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Initiator", INITIATOR);
        body.put("SecurityCredential", credential);
        body.put("CommandID", "AccountBalance");
        body.put("PartyA", SHORTCODE);
        body.put("IdentifierType", "4");
        body.put("Remarks", "balance");
        body.put("QueueTimeOutURL", resultUrl + "-timeout");
        body.put("ResultURL", resultUrl);
        return body;
    }

    public static ObjectNode reversalBody(String transactionId, String credential, String resultUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Initiator", INITIATOR);
        body.put("SecurityCredential", credential);
        body.put("CommandID", "TransactionReversal");
        body.put("TransactionID", transactionId);
        body.put("Amount", "10");
        body.put("ReceiverParty", SHORTCODE);
        body.put("RecieverIdentifierType", "11");
        body.put("ResultURL", resultUrl);
        body.put("QueueTimeOutURL", resultUrl + "-timeout");
        body.put("Remarks", "Wrong recipient");
        body.put("Occasion", "");
        return body;
    }

    /**
     * Pays {@code partyB} through B2C v3 and waits for its Result, so a test has a real receipt (and
     * OriginatorConversationID) to query or reverse.
     */
    public static JsonNode paidB2c(DarajaTestClient daraja, CallbackReceiver receiver, String name, String partyB,
            long amount) {
        ObjectNode body = b2cBody("paid-" + UUID.randomUUID(), partyB, securityCredential(daraja, PASSWORD),
                receiver.urlFor(name), receiver.urlFor(name + "-timeout")).put("Amount", amount);
        assertThat(post(daraja, "/mpesa/b2c/v3/paymentrequest", daraja.accessToken(), body).status()).isEqualTo(200);
        JsonNode result = result(receiver.awaitCallback(name));
        assertThat(result.get("ResultCode").asInt()).isZero();
        return result;
    }

    public static Reply post(DarajaTestClient daraja, String path, String token, ObjectNode body) {
        return daraja.postJson(path, "Bearer " + token, body.toString());
    }

    /** The {@code Result} object of a callback. */
    public static JsonNode result(ReceivedCallback callback) {
        JsonNode result = DarajaTestClient.parse(callback.body()).get("Result");
        assertThat(result).as("a {\"Result\":{…}} body: %s", callback.body()).isNotNull();
        return result;
    }

    /** ResultParameters by Key, in their order; the items keep their typed Value (or none). */
    public static Map<String, JsonNode> parameters(JsonNode result) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        JsonNode parameters = result.get("ResultParameters").get("ResultParameter");
        assertThat(parameters.isArray()).as("ResultParameter as an array").isTrue();
        parameters.forEach(item -> byKey.put(item.get("Key").asString(), item));
        return byKey;
    }
}
