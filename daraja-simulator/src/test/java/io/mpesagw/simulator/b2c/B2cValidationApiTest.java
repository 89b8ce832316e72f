package io.mpesagw.simulator.b2c;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every synchronous refusal of the B2C API, in Daraja's order of checks. */
class B2cValidationApiTest extends SimulatorApiTest {

    private static final String UNUSED_URL = "http://127.0.0.1:9/unused";
    private String token;
    private String credential;

    @BeforeEach
    void signIn() {
        token = daraja().accessToken();
        // A right credential, so the few accepted requests here do not count towards the lock.
        credential = InitiatorApiSupport.securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("OriginatorConversationID", body -> body.remove("OriginatorConversationID")),
                invalid("OriginatorConversationID", body -> body.put("OriginatorConversationID", " ")),
                // The field-name trap: Initiator is the other APIs' spelling.
                invalid("InitiatorName", body -> body.put("Initiator", body.remove("InitiatorName").asString())),
                invalid("SecurityCredential", body -> body.remove("SecurityCredential")),
                invalid("CommandID", body -> body.put("CommandID", "CustomerPayBillOnline")),
                invalid("CommandID", body -> body.put("CommandID", "businesspayment")),
                invalid("Amount", body -> body.put("Amount", 9)),
                invalid("Amount", body -> body.put("Amount", "250001")),
                invalid("Amount", body -> body.put("Amount", 10.5)),
                invalid("Amount", body -> body.put("Amount", "ten")),
                invalid("PartyA", body -> body.put("PartyA", "6009")),
                invalid("PartyA", body -> body.put("PartyA", "60099x")),
                invalid("PartyB", body -> body.put("PartyB", "0708374149")),
                invalid("PartyB", body -> body.put("PartyB", "+254708374149")),
                invalid("Remarks", body -> body.put("Remarks", "a")),
                invalid("Remarks", body -> body.put("Remarks", "r".repeat(101))),
                invalid("Remarks", body -> body.remove("Remarks")),
                invalid("QueueTimeOutURL", body -> body.put("QueueTimeOutURL", "/b2c/queue")),
                invalid("ResultURL", body -> body.put("ResultURL", "https://my domain.com/result")),
                invalid("ResultURL", body -> body.put("ResultURL", "ftp://mydomain.com/result")),
                invalid("Occassion", body -> body.put("Occassion", "o".repeat(101))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_named_in_400_002_02(String field, Consumer<ObjectNode> spoil) {
        ObjectNode body = validBody();
        spoil.accept(body);

        assertDarajaError(post(daraja(), B2cApiTest.V3, token, body), 400, "400.002.02",
                "Bad Request - Invalid " + field);
    }

    @Test
    void the_first_invalid_field_wins() {
        ObjectNode body = validBody().put("Amount", 5).put("PartyB", "07");

        assertDarajaError(post(daraja(), B2cApiTest.V3, token, body), 400, "400.002.02",
                "Bad Request - Invalid Amount");
    }

    @Test
    void amounts_at_the_limits_are_accepted_as_numbers_or_strings() {
        assertThat(post(daraja(), B2cApiTest.V3, token, validBody().put("Amount", 10)).status()).isEqualTo(200);
        assertThat(post(daraja(), B2cApiTest.V3, token, validBody().put("Amount", "250000")).status()).isEqualTo(200);
    }

    @Test
    void the_bearer_check_comes_first_and_answers_401_002_01_with_the_token() {
        String body = validBody().toString();

        assertDarajaError(daraja().postJson(B2cApiTest.V3, null, body), 404, "404.001.04",
                "Invalid Authentication Header");
        assertDarajaError(daraja().post(B2cApiTest.V3, "Bearer notatoken", "text/plain", "{"), 401, "401.002.01",
                "Error Occurred - Invalid Access Token - notatoken");
        assertDarajaError(daraja().postJson(B2cApiTest.V1, "Bearer expired0token", body), 401, "401.002.01",
                "Error Occurred - Invalid Access Token - expired0token");
    }

    @Test
    void only_post_is_allowed() {
        String bearer = "Bearer " + token;

        assertDarajaError(daraja().request("GET", B2cApiTest.V3, bearer), 405, "405.001", "GET Method Not Allowed");
        assertDarajaError(daraja().request("PUT", B2cApiTest.V1, bearer), 405, "405.001", "PUT Method Not Allowed");
        assertDarajaError(daraja().request("GET", B2cApiTest.V3, null), 404, "404.001.04",
                "Invalid Authentication Header");
    }

    @Test
    void a_body_not_sent_as_json_gets_the_misleading_invalid_business_short_code() {
        assertDarajaError(daraja().post(B2cApiTest.V3, "Bearer " + token, "text/plain", validBody().toString()), 400,
                "400.002.02", "Bad Request - Invalid BusinessShortCode");
    }

    @Test
    void malformed_json_is_an_invalid_request_payload() {
        assertDarajaError(daraja().postJson(B2cApiTest.V3, "Bearer " + token, "{\"InitiatorName\":"), 400,
                "400.002.05", "Invalid Request Payload");
        assertDarajaError(daraja().postJson(B2cApiTest.V3, "Bearer " + token, "[1,2]"), 400, "400.002.05",
                "Invalid Request Payload");
    }

    private ObjectNode validBody() {
        return b2cBody("validation-" + UUID.randomUUID(), "254708374149", credential, UNUSED_URL, UNUSED_URL);
    }

    private static Arguments invalid(String field, Consumer<ObjectNode> spoil) {
        return Arguments.of(field, spoil);
    }
}
