package io.mpesagw.daraja.balance;

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

/** Shapes from daraja-facts.md section 7.2. */
class AccountBalanceClientTest {

    private StubDaraja daraja;
    private AccountBalanceClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofSeconds(2));
        client = new AccountBalanceClient(endpoint, endpoint.newHttpClient(), DarajaApi.initiator());
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void asks_for_the_balance_of_a_shortcode() throws Exception {
        daraja.answer(AccountBalanceClient.PATH, 200, """
                {"OriginatorConversationID":"515-5258779-3","ConversationID":"AG_20200123_0000417fed8ed666e976",
                 "ResponseCode":"0","ResponseDescription":"Accept the service request successfully."}""");

        DarajaOutcome<InitiatorAccepted> outcome = client.query(DarajaApi.TOKEN, new AccountBalanceRequest("600782",
                IdentifierType.SHORT_CODE, "Daily balance", "https://gw.example.com/t", "https://gw.example.com/r"));

        assertThat(outcome).isInstanceOf(DarajaOutcome.Accepted.class);
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("Initiator", "SecurityCredential", "CommandID",
                "PartyA", "IdentifierType", "Remarks", "QueueTimeOutURL", "ResultURL");
        assertThat(sent.get("CommandID").asString()).isEqualTo("AccountBalance");
        assertThat(sent.get("IdentifierType").asString()).isEqualTo("4");
    }

    @Test
    void an_msisdn_has_no_organisation_balance() {
        assertThatThrownBy(() -> new AccountBalanceRequest("600782", IdentifierType.MSISDN, "Daily",
                "https://gw.example.com/t", "https://gw.example.com/r")).hasMessageContaining("identifierType");
    }
}
