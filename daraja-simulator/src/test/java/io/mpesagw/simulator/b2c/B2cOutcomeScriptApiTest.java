package io.mpesagw.simulator.b2c;

import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import io.mpesagw.simulator.initiator.InitiatorApiTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class B2cOutcomeScriptApiTest extends InitiatorApiTest {

    private static final String SCRIPTS = "/simulator/v1/b2c-outcomes";

    @AfterEach
    void clearScripts() {
        assertThat(daraja().request("DELETE", SCRIPTS, null).status()).isEqualTo(204);
    }

    @Test
    void a_scripted_outcome_applies_to_the_next_payment_to_that_recipient_only() {
        String partyB = "254712000501";
        Reply scripted = script("{\"partyB\":\"" + partyB + "\",\"resultCode\":2040}");
        assertThat(scripted.status()).isEqualTo(200);
        assertThat(scripted.text("resultDesc")).startsWith("Credit Party customer type");
        assertThat(scripted.text("sentTo")).isEqualTo("ResultURL");

        pay(partyB, "scripted-1");
        pay(partyB, "scripted-2");

        JsonNode first = result(receiver.awaitCallback("scripted-1"));
        assertThat(first.get("ResultCode").asInt()).isEqualTo(2040);
        assertThat(first.has("ResultParameters")).isFalse();
        assertThat(result(receiver.awaitCallback("scripted-2")).get("ResultCode").asInt()).isZero();
    }

    @Test
    void a_timeout_outcome_posts_the_result_envelope_to_the_queue_timeout_url_instead() {
        String partyB = "254712000502";
        Reply scripted = script("{\"partyB\":\"" + partyB + "\",\"resultCode\":\"timeout\"}");
        assertThat(scripted.text("sentTo")).isEqualTo("QueueTimeOutURL");

        Reply accepted = pay(partyB, "timed-out");

        JsonNode result = result(receiver.awaitCallback("timed-out-timeout"));
        assertThat(result.get("ResultType").asInt()).isZero();
        assertThat(result.get("ResultCode").asInt()).isEqualTo(9999);
        assertThat(result.get("ResultDesc").asString()).isEqualTo("The service request has timed out.");
        assertThat(result.get("OriginatorConversationID").asString())
                .isEqualTo(accepted.text("OriginatorConversationID"));
        assertThat(result.get("ConversationID").asString()).isEqualTo(accepted.text("ConversationID"));
        assertThat(result.has("ResultParameters")).isFalse();
        // Both would leave together, so by now a ResultURL post would have been recorded too.
        assertThat(receiver.receivedFor("timed-out")).isEmpty();
    }

    @Test
    void the_timeout_test_number_times_out_without_a_script() {
        pay("254700000014", "table-timeout");

        assertThat(result(receiver.awaitCallback("table-timeout-timeout")).get("ResultCode").asInt()).isEqualTo(9999);
    }

    @Test
    void delete_forgets_every_scripted_outcome() {
        String partyB = "254712000503";
        script("{\"partyB\":\"" + partyB + "\",\"resultCode\":\"1\"}");
        assertThat(daraja().request("DELETE", SCRIPTS, null).status()).isEqualTo(204);

        pay(partyB, "after-delete");

        assertThat(result(receiver.awaitCallback("after-delete")).get("ResultCode").asInt()).isZero();
    }

    @Test
    void a_bad_script_names_the_field_and_what_is_accepted() {
        Reply badParty = script("{\"partyB\":\"0712345678\",\"resultCode\":\"1\"}");
        assertThat(badParty.status()).isEqualTo(400);
        assertThat(badParty.text("field")).isEqualTo("partyB");
        assertThat(badParty.text("message")).contains("2547XXXXXXXX");

        Reply unknownCode = script("{\"partyB\":\"254712000504\",\"resultCode\":\"77\"}");
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.text("field")).isEqualTo("resultDesc");

        Reply noCode = script("{\"partyB\":\"254712000504\"}");
        assertThat(noCode.text("field")).isEqualTo("resultCode");
        assertThat(noCode.text("message")).contains("timeout");

        Reply notJson = script("{\"partyB\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text("field")).isEqualTo("body");
    }

    private Reply pay(String partyB, String name) {
        Reply reply = post(daraja(), B2cApiTest.V3, token, b2cBody("script-" + UUID.randomUUID(), partyB, credential,
                receiver.urlFor(name), receiver.urlFor(name + "-timeout")));
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private Reply script(String json) {
        return daraja().postJson(SCRIPTS, null, json);
    }
}
