package io.mpesagw.daraja.b2c;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.DarajaApi;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.StubDaraja;
import io.mpesagw.daraja.TestKeys;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.initiator.InitiatorAccepted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Cipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** B2C over real HTTP to a scripted Daraja; shapes from daraja-facts.md section 6.1. */
class B2cClientTest {

    private static final String TOKEN = DarajaApi.TOKEN;

    private StubDaraja daraja;
    private B2cClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofSeconds(2));
        client = new B2cClient(endpoint, endpoint.newHttpClient(), DarajaApi.initiator());
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void v3_sends_our_originator_conversation_id_and_occassion_spelt_as_daraja_does() throws Exception {
        daraja.answer(B2cClient.V3_PATH, 200, """
                {"ConversationID":"AG_20240706_20106e9209f64bebd05b","OriginatorConversationID":"600997_Test_32et3241ed8yu",
                 "ResponseCode":"0","ResponseDescription":"Accept the service request successfully."}""");

        DarajaOutcome<InitiatorAccepted> outcome = client.payV3(TOKEN, DarajaApi.payout());

        assertThat(outcome).isEqualTo(new DarajaOutcome.Accepted<>(new InitiatorAccepted("600997_Test_32et3241ed8yu",
                "AG_20240706_20106e9209f64bebd05b", "0", "Accept the service request successfully.")));
        assertThat(daraja.seen().authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(daraja.seen().contentType()).isEqualTo("application/json");
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("OriginatorConversationID", "InitiatorName",
                "SecurityCredential", "CommandID", "Amount", "PartyA", "PartyB", "Remarks", "QueueTimeOutURL",
                "ResultURL", "Occassion");
        assertThat(sent.get("OriginatorConversationID").asString()).isEqualTo("600997_Test_32et3241ed8yu");
        assertThat(sent.get("InitiatorName").asString()).isEqualTo("testapi");
        assertThat(sent.get("CommandID").asString()).isEqualTo("BusinessPayment");
        assertThat(sent.get("Amount").asLong()).isEqualTo(10);
        assertThat(sent.get("PartyB").asString()).isEqualTo("254708374149");
        assertThat(sent.get("Occassion").asString()).isEqualTo("ChristmasPay");
        assertThat(decrypt(sent.get("SecurityCredential").asString())).isEqualTo(DarajaApi.INITIATOR_PASSWORD);
        assertThat(daraja.seen().body()).doesNotContain(DarajaApi.INITIATOR_PASSWORD);
    }

    @Test
    void v1_lets_mpesa_generate_the_originator_conversation_id_and_spells_occasion_once() throws Exception {
        daraja.answer(B2cClient.V1_PATH, 200, """
                {"ConversationID":"AG_20230217_20207d67d6bea6a82db2","OriginatorConversationID":"16740-34861180-1",
                 "ResponseCode":"0","ResponseDescription":"Accept the service request successfully."}""");

        DarajaOutcome<InitiatorAccepted> outcome = client.payV1(TOKEN, DarajaApi.payout());

        assertThat(outcome).isInstanceOfSatisfying(DarajaOutcome.Accepted.class, a -> assertThat(a.body())
                .isEqualTo(new InitiatorAccepted("16740-34861180-1", "AG_20230217_20207d67d6bea6a82db2", "0",
                        "Accept the service request successfully.")));
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.has("OriginatorConversationID")).isFalse();
        assertThat(sent.has("Occassion")).isFalse();
        assertThat(sent.get("Occasion").asString()).isEqualTo("ChristmasPay");
    }

    @Test
    void v3_accepted_without_ids_keeps_our_own_but_v1_cannot_be_correlated() {
        daraja.answer(B2cClient.V3_PATH, 200, "{\"ResponseCode\":\"0\",\"ResponseDescription\":\"Accepted\"}");
        assertThat(client.payV3(TOKEN, DarajaApi.payout())).isEqualTo(new DarajaOutcome.Accepted<>(
                new InitiatorAccepted("600997_Test_32et3241ed8yu", null, "0", "Accepted")));

        daraja.answer(B2cClient.V1_PATH, 200, "{\"ResponseCode\":\"0\",\"ResponseDescription\":\"Accepted\"}");
        assertThat(client.payV1(TOKEN, DarajaApi.payout())).isInstanceOf(DarajaOutcome.Unclear.class);
    }

    @Test
    void a_duplicate_originator_conversation_id_rejects_only_the_new_request() {
        daraja.answer(B2cClient.V3_PATH, 500, """
                {"requestId":"11728-2929992-1","errorCode":"500.002.1001","errorMessage":"Duplicate OriginatorConversationID."}""");

        assertThat(client.payV3(TOKEN, DarajaApi.payout()))
                .isEqualTo(new DarajaOutcome.Rejected<>(500, "500.002.1001", "Duplicate OriginatorConversationID."));
    }

    @Test
    void a_fresh_security_credential_is_sent_each_time() throws Exception {
        daraja.answer(B2cClient.V3_PATH, 200, "{\"ResponseCode\":\"0\",\"ConversationID\":\"AG_1\"}");
        client.payV3(TOKEN, DarajaApi.payout());
        String first = LenientJson.MAPPER.readTree(daraja.seen().body()).get("SecurityCredential").asString();
        client.payV3(TOKEN, DarajaApi.payout());
        String second = LenientJson.MAPPER.readTree(daraja.seen().body()).get("SecurityCredential").asString();

        assertThat(first).isNotEqualTo(second).hasSize(344);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 9, 250_001, 1_000_000})
    void amounts_outside_10_to_250000_are_refused_before_sending(long amount) {
        assertThatThrownBy(() -> payout(amount, "254708374149"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 to 250000");
        assertThat(daraja.seen()).isNull();
    }

    @Test
    void the_boundaries_10_and_250000_are_allowed() {
        assertThat(payout(10, "254708374149").amount()).isEqualTo(10);
        assertThat(payout(250_000, "254708374149").amount()).isEqualTo(250_000);
    }

    @Test
    void a_recipient_not_in_daraja_form_is_refused_without_printing_it_whole() {
        assertThatThrownBy(() -> payout(100, "0708374149")).hasMessageContaining("2547XXXXXXXX")
                .hasMessageNotContaining("0708374149");
        assertThatThrownBy(() -> payout(100, "+254708374149")).hasMessageContaining("partyB");
    }

    @Test
    void remarks_with_characters_daraja_chokes_on_are_refused() {
        assertThatThrownBy(() -> new B2cPaymentRequest("oc-1", B2cCommand.SALARY_PAYMENT, 100, "600992",
                "254708374149", "pay @home & co", "https://x.example/t", "https://x.example/r", null))
                .hasMessageContaining("remarks");
        assertThatThrownBy(() -> new B2cPaymentRequest("oc-1", B2cCommand.SALARY_PAYMENT, 100, "600992",
                "254708374149", "ok", "https://x.example/t", "not a url", null))
                .hasMessageContaining("resultUrl");
        assertThatThrownBy(() -> new B2cPaymentRequest(" ", B2cCommand.SALARY_PAYMENT, 100, "600992",
                "254708374149", "ok", "https://x.example/t", "https://x.example/r", null))
                .hasMessageContaining("originatorConversationId is required");
    }

    @Test
    void a_request_prints_neither_the_full_phone_nor_the_callback_paths() {
        assertThat(DarajaApi.payout().toString()).contains("2547****149").doesNotContain("254708374149")
                .doesNotContain("tok3n").contains("https://gw.example.com/****");
    }

    private static B2cPaymentRequest payout(long amount, String partyB) {
        return new B2cPaymentRequest("oc-1", B2cCommand.BUSINESS_PAYMENT, amount, "600992", partyB, "remarked",
                "https://gw.example.com/t", "https://gw.example.com/r", null);
    }

    private static String decrypt(String credential) throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.DECRYPT_MODE, TestKeys.rsa2048().privateKey());
        return new String(rsa.doFinal(Base64.getDecoder().decode(credential)), StandardCharsets.UTF_8);
    }
}
