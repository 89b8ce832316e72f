package io.mpesagw.daraja.reversal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.DarajaApi;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.StubDaraja;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.initiator.IdentifierType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Shapes from daraja-facts.md section 7.3. */
class ReversalClientTest {

    private StubDaraja daraja;
    private ReversalClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofSeconds(2));
        client = new ReversalClient(endpoint, endpoint.newHttpClient(), DarajaApi.initiator());
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void sends_reciever_identifier_type_misspelt_as_daraja_expects_with_eleven() throws Exception {
        daraja.answer(ReversalClient.PATH, 200, """
                {"OriginatorConversationID":"f1e2-4b95-a71d-b30d3cdbb7a7735297","ConversationID":"AG_20210706_20106e9209f64bebd05b",
                 "ResponseCode":"0","ResponseDescription":"Accept the service request successfully."}""");

        DarajaOutcome<?> outcome = client.reverse(DarajaApi.TOKEN, new ReversalRequest("PDU91HIVIT", 100, "600610",
                IdentifierType.ORGANISATION_SHORT_CODE, "https://gw.example.com/r", "https://gw.example.com/t",
                "Wrong till", "Refund"));

        assertThat(outcome).isInstanceOf(DarajaOutcome.Accepted.class);
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("Initiator", "SecurityCredential", "CommandID",
                "TransactionID", "Amount", "ReceiverParty", "RecieverIdentifierType", "ResultURL", "QueueTimeOutURL",
                "Remarks", "Occasion");
        assertThat(sent.get("RecieverIdentifierType").asString()).isEqualTo("11");
        assertThat(sent.get("CommandID").asString()).isEqualTo("TransactionReversal");
        assertThat(sent.get("Amount").asLong()).isEqualTo(100);
    }

    @Test
    void refuses_a_missing_receipt_or_a_zero_amount() {
        assertThatThrownBy(() -> new ReversalRequest("", 100, "600610", IdentifierType.ORGANISATION_SHORT_CODE,
                "https://gw.example.com/r", "https://gw.example.com/t", "Wrong till", null))
                .hasMessageContaining("transactionId is required");
        assertThatThrownBy(() -> new ReversalRequest("PDU91HIVIT", 0, "600610", IdentifierType.ORGANISATION_SHORT_CODE,
                "https://gw.example.com/r", "https://gw.example.com/t", "Wrong till", null))
                .hasMessageContaining("at least 1");
    }
}
