package io.mpesagw.callback.stk;

import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running callback-service on real Postgres and Kafka, posted to over real HTTP from 127.0.0.1. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "callback.signing-key=" + CallbackIntegrationTest.SIGNING_KEY)
abstract class CallbackIntegrationTest {

    static final String SIGNING_KEY = "test-only-callback-signing-key-0123456789abcdef";
    static final CallbackPathToken PATH_TOKENS = new CallbackPathToken(SIGNING_KEY);
    static final String ACK = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}";

    static CallbackResultsTopic topic;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
    }

    @BeforeAll
    static void openTopic() {
        topic = new CallbackResultsTopic();
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    HttpResponse<String> post(String paymentId, String pathToken, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/callbacks/stk/" + paymentId + "/" + pathToken))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    List<Map<String, Object>> inboxRows(String paymentId) {
        return jdbc.sql("select * from stk_callbacks where payment_id = ? order by received_at, status")
                .param(paymentId).query().listOfRows();
    }

    /** Outbox rows are written with the inbox row; none means nothing can ever be published. */
    List<Map<String, Object>> outboxRows(String paymentId) {
        return jdbc.sql("select * from outbox where message_key = ?").param(paymentId).query().listOfRows();
    }

    /** The callback-service's audit entries about one payment, oldest first. */
    List<Map<String, Object>> auditEntries(String paymentId) {
        return jdbc.sql("""
                select service, event_type, actor, subject_type, subject_id, request_id, source_address,
                       details::text as details, details ->> 'outcome' as outcome, details ->> 'reason' as reason
                from audit.entries where subject_id = ? order by id""")
                .param(paymentId).query().listOfRows();
    }

    VerificationResult verifyAudit() {
        return AuditVerifier.verify(dataSource);
    }
}
