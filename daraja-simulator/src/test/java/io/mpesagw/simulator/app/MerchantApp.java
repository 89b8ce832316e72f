package io.mpesagw.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.stk.StkPassword;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A gateway merchant's Daraja app, as a test registers it with the simulator and then uses it. */
record MerchantApp(String consumerKey, String consumerSecret, String shortcode, String passkey,
        String initiatorName, String initiatorPassword) {

    static final String APPS = "/simulator/v1/apps";

    String registrationJson() {
        return "{\"consumerKey\":\"" + consumerKey + "\",\"consumerSecret\":\"" + consumerSecret
                + "\",\"shortcode\":\"" + shortcode + "\",\"passkey\":\"" + passkey + "\",\"initiatorName\":\""
                + initiatorName + "\",\"initiatorPassword\":\"" + initiatorPassword + "\"}";
    }

    Reply register(DarajaTestClient daraja) {
        return daraja.postJson(APPS, null, registrationJson());
    }

    Reply oauth(DarajaTestClient daraja) {
        return daraja.oauth(DarajaTestClient.basic(consumerKey, consumerSecret), "client_credentials");
    }

    String token(DarajaTestClient daraja) {
        Reply reply = oauth(daraja);
        assertThat(reply.status()).as("OAuth of %s: %s", consumerKey, reply.json()).isEqualTo(200);
        return reply.text("access_token");
    }

    /** The docs' push, to this app's shortcode, with the Password made from {@code withPasskey}. */
    ObjectNode stkPush(String phone, String callbackUrl, String withPasskey) {
        return DarajaTestClient.stkPushBody(phone, callbackUrl)
                .put("BusinessShortCode", shortcode)
                .put("PartyB", shortcode)
                .put("Password", StkPassword.of(shortcode, withPasskey, DarajaTestClient.TIMESTAMP));
    }

    ObjectNode stkQuery(String checkoutRequestId) {
        return DarajaTestClient.stkQueryBody(checkoutRequestId)
                .put("BusinessShortCode", shortcode)
                .put("Password", StkPassword.of(shortcode, passkey, DarajaTestClient.TIMESTAMP));
    }

    /** This app's line in GET /simulator/v1/apps, if listed. */
    static Optional<JsonNode> listed(DarajaTestClient daraja, String consumerKey) {
        Reply list = daraja.request("GET", APPS, null);
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.json().get("apps").spliterator(), false)
                .filter(app -> app.get("consumerKey").asString().equals(consumerKey)).findFirst();
    }
}
