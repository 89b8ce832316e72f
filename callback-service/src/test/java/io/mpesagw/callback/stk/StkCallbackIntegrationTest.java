package io.mpesagw.callback.stk;

import io.mpesagw.callback.CallbackIntegrationTest;
import io.mpesagw.callback.TopicReader;
import io.mpesagw.contracts.Topics;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Posts to a payment's STK callback URL and reads what it left: inbox rows and the STK topic. */
abstract class StkCallbackIntegrationTest extends CallbackIntegrationTest {

    static TopicReader topic;

    @BeforeAll
    static void openTopic() {
        topic = new TopicReader(Topics.STK_CALLBACKS);
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    HttpResponse<String> post(String paymentId, String pathToken, String body, String... headers) throws Exception {
        return postTo("/v1/callbacks/stk/" + paymentId + "/" + pathToken, body, headers);
    }

    List<Map<String, Object>> inboxRows(String paymentId) {
        return jdbc.sql("select * from stk_callbacks where payment_id = ? order by received_at, status")
                .param(paymentId).query().listOfRows();
    }
}
