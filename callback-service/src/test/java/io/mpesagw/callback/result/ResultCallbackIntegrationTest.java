package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.callback.CallbackIntegrationTest;
import io.mpesagw.callback.TopicReader;
import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PayoutCallback;
import io.mpesagw.contracts.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Posts to a payout's Result/QueueTimeOut URLs and reads what it left: inbox rows and the payout topic. */
abstract class ResultCallbackIntegrationTest extends CallbackIntegrationTest {

    static TopicReader topic;

    @BeforeAll
    static void openTopic() {
        topic = new TopicReader(Topics.PAYOUT_RESULTS);
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    /** {@code api} is "b2c" or "status", {@code outcome} "result" or "timeout". */
    HttpResponse<String> post(String api, String payoutId, String pathToken, String outcome, String body,
            String... headers) throws Exception {
        return postTo("/v1/callbacks/" + api + "/" + payoutId + "/" + pathToken + "/" + outcome, body, headers);
    }

    HttpResponse<String> post(String api, String payoutId, String outcome, String body) throws Exception {
        return post(api, payoutId, PATH_TOKENS.forPayment(payoutId), outcome, body);
    }

    List<Map<String, Object>> inboxRows(String payoutId) {
        return jdbc.sql("select * from result_callbacks where payout_id = ? order by received_at, status")
                .param(payoutId).query().listOfRows();
    }

    /**
     * Exactly one: once its outbox row is marked published, every record it can produce is on the
     * topic, so reading the topic to its end cannot miss a late second one.
     */
    <T extends PayoutCallback> T onlyPublished(String payoutId, Class<T> type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !outboxRows(payoutId).isEmpty()
                && outboxRows(payoutId).stream().allMatch(row -> row.get("published_at") != null));
        assertThat(outboxRows(payoutId)).hasSize(1);
        List<ConsumerRecord<String, String>> records = topic.recordsFor(payoutId);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(new String(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(type.getSimpleName());
        PayoutCallback event = EventJson.read(record.value(), PayoutCallback.class);
        assertThat(event).isInstanceOf(type);
        assertThat(event.payoutId()).isEqualTo(payoutId);
        return type.cast(event);
    }

    static String newPayoutId() {
        return io.mpesagw.kit.ids.Ids.newId("po");
    }
}
