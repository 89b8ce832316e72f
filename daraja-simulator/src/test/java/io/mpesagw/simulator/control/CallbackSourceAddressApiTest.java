package io.mpesagw.simulator.control;

import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.securityCredential;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The callback source address moved at run time and back to SIMULATOR_CALLBACK_SOURCE_ADDRESS. */
class CallbackSourceAddressApiTest extends IsolatedSimulatorApiTest {

    private static final String PATH = "/simulator/v1/callbacks/source-address";
    private static CallbackReceiver receiver;

    /** The environment's address here is 127.0.0.1 (the shared contexts use 127.0.0.2). */
    @DynamicPropertySource
    static void configuredSource(DynamicPropertyRegistry registry) {
        registry.add("simulator.callback-source-address", () -> "127.0.0.1");
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void resetSource() {
        assertThat(daraja().request("DELETE", PATH, null).status()).isEqualTo(200);
    }

    @Test
    void callbacks_come_from_the_address_put_and_after_delete_from_the_configured_one() {
        assertThat(daraja().request("GET", PATH, null).text("address")).isEqualTo("127.0.0.1");

        Reply moved = daraja().putJson(PATH, "{\"address\":\"127.0.0.2\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().toString()).isEqualTo("{\"address\":\"127.0.0.2\"}");
        assertThat(daraja().request("GET", PATH, null).text("address")).isEqualTo("127.0.0.2");

        String token = daraja().accessToken();
        daraja().stkPush(token, stkPushBody("254712000901", receiver.urlFor("stk-moved")));
        assertThat(receiver.awaitCallback("stk-moved").sourceAddress()).isEqualTo("127.0.0.2");
        InitiatorApiSupport.unlock(daraja());
        String credential = securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
        post(daraja(), "/mpesa/b2c/v3/paymentrequest", token, b2cBody("src-" + UUID.randomUUID(),
                "254708374149", credential, receiver.urlFor("b2c-moved"), receiver.urlFor("b2c-moved-timeout")));
        assertThat(receiver.awaitCallback("b2c-moved").sourceAddress()).isEqualTo("127.0.0.2");

        Reply reset = daraja().request("DELETE", PATH, null);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().toString()).isEqualTo("{\"address\":\"127.0.0.1\"}");
        daraja().stkPush(token, stkPushBody("254712000902", receiver.urlFor("stk-back")));
        assertThat(receiver.awaitCallback("stk-back").sourceAddress()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"address\":\"10.0.0.1\"}", "{\"address\":\"localhost\"}", "{\"address\":\"::1\"}",
        "{\"address\":\"127.0.0.256\"}", "{\"address\":\"127.1\"}", "{\"address\":\" 127.0.0.2\"}", "{}"})
    void only_an_ipv4_loopback_literal_is_accepted(String body) {
        Reply refused = daraja().putJson(PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("address");
        assertThat(refused.text("message")).contains("127.");
        assertThat(daraja().request("GET", PATH, null).text("address")).isEqualTo("127.0.0.1");
    }
}
