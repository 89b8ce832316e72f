package io.mpesagw.daraja.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.DarajaApi;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.StubDaraja;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.initiator.InitiatorAccepted;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Shapes from daraja-facts.md section 7.1. */
class TransactionStatusClientTest {

    private static final String RESULT = "https://gw.example.com/v1/results/status/t0k";
    private static final String TIMEOUT = "https://gw.example.com/v1/timeouts/status/t0k";

    private StubDaraja daraja;
    private TransactionStatusClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofSeconds(2));
        client = new TransactionStatusClient(endpoint, endpoint.newHttpClient(), DarajaApi.initiator());
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void queries_by_receipt_with_initiator_not_initiator_name() throws Exception {
        daraja.answer(TransactionStatusClient.PATH, 200, """
                {"OriginatorConversationID":"1236-7134259-1","ConversationID":"AG_20210709_1234409f86436c583e3f",
                 "ResponseCode":"0","ResponseDescription":"Accept the service request successfully."}""");

        DarajaOutcome<InitiatorAccepted> outcome = client.query(DarajaApi.TOKEN, new TransactionStatusRequest(
                "NEF61H8J60", null, "600782", IdentifierType.SHORT_CODE, RESULT, TIMEOUT, "OK", "OK"));

        assertThat(outcome).isEqualTo(new DarajaOutcome.Accepted<>(new InitiatorAccepted("1236-7134259-1",
                "AG_20210709_1234409f86436c583e3f", "0", "Accept the service request successfully.")));
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("Initiator", "SecurityCredential", "CommandID",
                "TransactionID", "PartyA", "IdentifierType", "ResultURL", "QueueTimeOutURL", "Remarks", "Occasion");
        assertThat(sent.get("CommandID").asString()).isEqualTo("TransactionStatusQuery");
        assertThat(sent.get("IdentifierType").asString()).isEqualTo("4");
        assertThat(sent.get("Initiator").asString()).isEqualTo("testapi");
    }

    @Test
    void queries_a_b2c_by_our_originator_conversation_id() throws Exception {
        daraja.answer(TransactionStatusClient.PATH, 200, "{\"ConversationID\":\"AG_1\",\"ResponseCode\":\"0\"}");

        client.query(DarajaApi.TOKEN, new TransactionStatusRequest(null, "600997_Test_32et3241ed8yu", "600992",
                IdentifierType.SHORT_CODE, RESULT, TIMEOUT, "Payout check", null));

        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.get("OriginalConversationID").asString()).isEqualTo("600997_Test_32et3241ed8yu");
        assertThat(sent.has("TransactionID")).isFalse();
        assertThat(sent.has("Occasion")).isFalse();
    }

    @Test
    void needs_a_receipt_or_a_conversation_id() {
        assertThatThrownBy(() -> new TransactionStatusRequest(" ", null, "600782", IdentifierType.SHORT_CODE,
                RESULT, TIMEOUT, "OK", null)).hasMessageContaining("transactionId (receipt) or the originalConversationId");
        assertThatThrownBy(() -> new TransactionStatusRequest("NEF61H8J60", null, "0712345678", IdentifierType.MSISDN,
                RESULT, TIMEOUT, "OK", null)).hasMessageContaining("partyA");
    }
}
