package io.mpesagw.gateway.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.PayoutCommand;
import io.mpesagw.contracts.PayoutEvent;
import io.mpesagw.contracts.PayoutSucceeded;
import io.mpesagw.contracts.PayoutUnknown;
import io.mpesagw.contracts.RequestPayout;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.EventBus;
import io.mpesagw.gateway.GatewayApiTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST/GET /v1/payouts against a real Postgres and a real Kafka broker. */
class PayoutApiIntegrationTest extends GatewayApiTest {

    @Test
    void an_accepted_payout_is_a_durable_command_and_its_status_follows_the_events() throws Exception {
        HttpResponse<String> created = post("{\"amount\":150,\"phone\":\"0712 345 678\",\"reference\":\"REFUND-9\","
                + "\"remarks\":\"Refund for order 9\"}", null);

        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode payout = JSON.readTree(created.body());
        String id = payout.get("id").asString();
        assertThat(id).startsWith("po_");
        assertThat(payout.get("object").asString()).isEqualTo("payout");
        assertThat(payout.get("status").asString()).isEqualTo("pending");
        assertThat(payout.get("phone_number").asString()).isEqualTo("254712345678");

        RequestPayout command = (RequestPayout) EventBus.awaitRecord(Topics.PAYOUT_COMMANDS, id, PayoutCommand.class);
        assertThat(command.amount()).isEqualTo(150);
        assertThat(command.remarks()).isEqualTo("Refund for order 9");

        publish(new PayoutUnknown("evt_" + UUID.randomUUID(), id, command.merchantId(), "queue_timeout", Instant.now()));
        awaitStatus(id, "unknown");
        publish(new PayoutSucceeded("evt_" + UUID.randomUUID(), id, command.merchantId(), 150, "TIH5E7ZVSZ", Instant.now()));

        JsonNode settled = awaitStatus(id, "succeeded");
        assertThat(settled.get("mpesa_receipt").asString()).isEqualTo("TIH5E7ZVSZ");
    }

    @Test
    void one_idempotency_key_makes_one_payout() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\":10,\"phone\":\"0708374149\",\"reference\":\"IDEM-1\"}";

        JsonNode first = JSON.readTree(post(body, key).body());
        JsonNode second = JSON.readTree(post(body, key).body());

        assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(jdbc.sql("select count(*) from outbox where message_key = ?").param(first.get("id").asString())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(first.get("remarks").asString()).isEqualTo("IDEM-1");
    }

    @Test
    void amounts_outside_the_b2c_limits_and_bad_phones_are_refused_naming_the_field() throws Exception {
        assertRefused("{\"amount\":9,\"phone\":\"0708374149\",\"reference\":\"R\"}", "amount");
        assertRefused("{\"amount\":250001,\"phone\":\"0708374149\",\"reference\":\"R\"}", "amount");
        assertRefused("{\"amount\":10.5,\"phone\":\"0708374149\",\"reference\":\"R\"}", "amount");
        assertRefused("{\"amount\":10,\"phone\":\"0800 123 456\",\"reference\":\"R\"}", "phone");
        assertRefused("{\"amount\":10,\"phone\":\"0708374149\",\"reference\":\"R\",\"remarks\":\"a<b>\"}", "remarks");
    }

    @Test
    void another_merchants_payout_is_not_found() throws Exception {
        jdbc.sql("insert into merchants (id, name, created_at) values ('mer_po_other', 'Other', now()) on conflict do nothing")
                .update();
        jdbc.sql("""
                insert into payouts (id, merchant_id, amount, msisdn, reference, remarks, status, created_at, updated_at)
                values ('po_not_yours', 'mer_po_other', 10, '254708374149', 'R', 'Remarks', 'pending', now(), now())
                on conflict do nothing""").update();

        assertThat(get("/v1/payouts/po_not_yours").statusCode()).isEqualTo(404);
        assertThat(get("/v1/payouts/po_missing").statusCode()).isEqualTo(404);
    }

    private void assertRefused(String body, String param) throws Exception {
        HttpResponse<String> response = post(body, null);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").get("param").asString()).isEqualTo(param);
    }

    private static void publish(PayoutEvent event) throws Exception {
        EventBus.publish(Topics.PAYOUT_EVENTS, event.payoutId(), event);
    }

    private JsonNode awaitStatus(String id, String status) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            seen[0] = JSON.readTree(get("/v1/payouts/" + id).body());
            assertThat(seen[0].get("status").asString()).isEqualTo(status);
        });
        return seen[0];
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = api.request("/v1/payouts", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api.send(request);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api.get(path, KEY);
    }
}
