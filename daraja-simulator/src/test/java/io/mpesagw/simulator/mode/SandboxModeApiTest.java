package io.mpesagw.simulator.mode;

import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox side of each mode difference (the production side: ProductionModeApiTest). */
class SandboxModeApiTest extends SimulatorApiTest {

    private static CallbackReceiver receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void sandbox_is_the_default_and_describes_itself() {
        Reply mode = daraja().request("GET", "/simulator/v1/mode", null);

        assertThat(mode.status()).isEqualTo(200);
        assertThat(mode.text("mode")).isEqualTo("sandbox");
        assertThat(mode.json().get("httpsCallbackUrlsOnly").asBoolean()).isFalse();
        assertThat(mode.json().get("c2bSimulate").asBoolean()).isTrue();
        assertThat(mode.json().get("c2bReRegistration").asBoolean()).isTrue();
        assertThat(mode.text("internalHost")).isEqualTo("https://internalsandbox.safaricom.co.ke");
    }

    @Test
    void plain_http_callback_urls_are_accepted() {
        Reply reply = daraja().stkPush(daraja().accessToken(),
                stkPushBody("254712000601", receiver.urlFor("plain-http")));

        assertThat(reply.status()).isEqualTo(200);
        receiver.awaitCallback("plain-http");
    }

    @Test
    void the_sandbox_keeps_one_wording_for_1037() {
        assertThat(timeoutText("254712000602", "timeout-1")).isEqualTo("DS timeout user cannot be reached");
        assertThat(timeoutText("254712000602", "timeout-2")).isEqualTo("DS timeout user cannot be reached");
    }

    private String timeoutText(String phone, String name) {
        ObjectNode body = stkPushBody(phone, receiver.urlFor(name));
        body.put("Amount", 1037);
        assertThat(daraja().stkPush(daraja().accessToken(), body).status()).isEqualTo(200);
        return DarajaTestClient.parse(receiver.awaitCallback(name).body()).get("Body").get("stkCallback")
                .get("ResultDesc").asString();
    }
}
