package io.mpesagw.daraja.c2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.DarajaApi;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.StubDaraja;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.stk.TransactionType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Shapes from daraja-facts.md section 7.4. */
class C2bClientTest {

    private StubDaraja daraja;
    private C2bClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofSeconds(2));
        client = new C2bClient(endpoint, endpoint.newHttpClient());
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void registers_urls_on_v1_and_reads_the_misspelt_originator_coversation_id() throws Exception {
        daraja.answer("/mpesa/c2b/v1/registerurl", 200, """
                {"OriginatorCoversationID":"6e86-45dd-91ac-fd5d4178ab523408729","ResponseCode":"0","ResponseDescription":"Success"}""");

        DarajaOutcome<C2bAccepted> outcome = client.registerUrls(DarajaApi.TOKEN, registration(), C2bApiVersion.V1);

        assertThat(outcome).isEqualTo(new DarajaOutcome.Accepted<>(
                new C2bAccepted("6e86-45dd-91ac-fd5d4178ab523408729", "0", "Success")));
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("ShortCode", "ResponseType", "ConfirmationURL",
                "ValidationURL");
        assertThat(sent.get("ResponseType").asString()).isEqualTo("Completed");
    }

    @Test
    void v2_accepts_eight_zeros_as_the_response_code() {
        daraja.answer("/mpesa/c2b/v2/registerurl", 200,
                "{\"OriginatorCoversationID\":\"7619-37765134-1\",\"ResponseCode\":\"00000000\",\"ResponseDescription\":\"success\"}");

        assertThat(client.registerUrls(DarajaApi.TOKEN, registration(), C2bApiVersion.V2))
                .isEqualTo(new DarajaOutcome.Accepted<>(new C2bAccepted("7619-37765134-1", "00000000", "success")));
        assertThat(daraja.seen().pathAndQuery()).isEqualTo("/mpesa/c2b/v2/registerurl");
    }

    @Test
    void simulates_a_payment_with_numbers_as_the_docs_sample_does() throws Exception {
        daraja.answer("/mpesa/c2b/v1/simulate", 200, """
                {"OriginatorCoversationID":"53e3-4aa8-9fe0-8fb5e4092cdd3405976","ResponseCode":"0",
                 "ResponseDescription":"Accept the service request successfully."}""");

        assertThat(client.simulate(DarajaApi.TOKEN, new C2bSimulation("600984",
                TransactionType.CUSTOMER_PAY_BILL_ONLINE, 1, "254708374149", "invoice008"), C2bApiVersion.V1))
                .isInstanceOf(DarajaOutcome.Accepted.class);
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.get("ShortCode").isNumber()).isTrue();
        assertThat(sent.get("Msisdn").asLong()).isEqualTo(254708374149L);
        assertThat(sent.get("CommandID").asString()).isEqualTo("CustomerPayBillOnline");
        assertThat(sent.get("BillRefNumber").asString()).isEqualTo("invoice008");
    }

    @Test
    void will_not_simulate_against_production() {
        DarajaEndpoint production = new DarajaEndpoint(DarajaEndpoint.PRODUCTION, Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> new C2bClient(production, production.newHttpClient()).simulate(DarajaApi.TOKEN,
                new C2bSimulation("600984", TransactionType.CUSTOMER_BUY_GOODS_ONLINE, 1, "254708374149", null),
                C2bApiVersion.V1)).hasMessageContaining("only in the sandbox");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://gw.example.com/mpesa/confirm", "https://gw.example.com/M-PESA/c",
            "https://safaricom-pay.example.com/c", "https://gw.example.com/c?query=1", "https://gw.example.com/run.exe",
            "https://gw.example.com/cmd/c", "https://gw.example.com/SQL/c"})
    void refuses_urls_with_words_daraja_blocks(String url) {
        assertThatThrownBy(() -> new C2bRegistration("600984", C2bResponseType.CANCELLED, url,
                "https://gw.example.com/v1/c2b/validate")).hasMessageContaining("must not contain");
    }

    @Test
    void validation_replies_are_the_documented_bodies() {
        assertThat(C2bValidationReply.ACCEPT.json()).isEqualTo("{\"ResultCode\":\"0\",\"ResultDesc\":\"Accepted\"}");
        assertThat(C2bValidationReply.INVALID_ACCOUNT_NUMBER.json())
                .isEqualTo("{\"ResultCode\":\"C2B00012\",\"ResultDesc\":\"Rejected\"}");
        assertThat(C2bPaymentReader.CONFIRMATION_ACK).isEqualTo("{\"ResultCode\":0,\"ResultDesc\":\"Success\"}");
    }

    private static C2bRegistration registration() {
        return new C2bRegistration("600984", C2bResponseType.COMPLETED, "https://gw.example.com/v1/c2b/confirm/t0k",
                "https://gw.example.com/v1/c2b/validate/t0k");
    }
}
