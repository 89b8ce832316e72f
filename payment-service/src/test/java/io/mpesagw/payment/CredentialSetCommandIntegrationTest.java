package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.domain.PaymentState;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The credential set a command names, over real Kafka into real Postgres. token-service is unreachable
 * in this context, so a merchant's set cannot be read: nothing is sent, and the payment says why.
 */
class CredentialSetCommandIntegrationTest extends PaymentServiceIntegrationTest {

    @Test
    void a_command_from_before_credential_sets_is_made_with_the_default_set() throws Exception {
        String id = "pay_" + UUID.randomUUID();
        // exactly what api-gateway wrote before commands named their set: such commands may wait on the topic
        String old = """
                {"type":"RequestStkPush","paymentId":"%s","merchantId":"mer_1","amount":10,\
                "msisdn":"254708374149","accountReference":"INV-OLD","description":null,\
                "requestedAt":"%s"}""".formatted(id, Instant.now());

        send(Topics.PAYMENT_COMMANDS, id, old);

        awaitState(id, PaymentState.FAILED); // token-service unreachable: the default set's token cannot be had
        assertThat(column(id, "credential_set")).isEqualTo("default");
        assertThat(column(id, "daraja_result_code")).isEqualTo("token_unavailable");
    }

    @Test
    void a_merchants_set_that_cannot_be_read_fails_the_payment_before_anything_is_sent() throws Exception {
        String id = "pay_" + UUID.randomUUID();

        send(Topics.PAYMENT_COMMANDS, id, EventJson.write(new RequestStkPush(id, "mer_own", 10, "254708374149",
                "INV-OWN", null, Instant.now(), "mer_own")));

        awaitState(id, PaymentState.FAILED);
        assertThat(column(id, "credential_set")).isEqualTo("mer_own");
        assertThat(column(id, "failure_code")).isEqualTo("push_refused");
        assertThat(column(id, "daraja_result_code")).isEqualTo("token_unavailable");
        await().atMost(Duration.ofSeconds(20)).until(() -> outboxRows(id, "PaymentFailed") == 1);
        assertThat(auditEntries(id)).anySatisfy(entry -> assertThat(entry.get("details").toString())
                .contains("\"outcome\": \"not_sent\"", "token-service unreachable"));
    }

    private String column(String id, String column) {
        return jdbc.sql("select " + column + " from payments where id = ?").param(id).query(String.class).single();
    }
}
