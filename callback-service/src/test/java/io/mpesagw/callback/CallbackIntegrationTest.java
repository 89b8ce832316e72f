package io.mpesagw.callback;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running callback-service on real Postgres and Kafka, posted to over real HTTP from 127.0.0.1. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "callback.signing-key=" + CallbackIntegrationTest.SIGNING_KEY)
public abstract class CallbackIntegrationTest {

    protected static final String SIGNING_KEY = "test-only-callback-signing-key-0123456789abcdef";
    protected static final CallbackPathToken PATH_TOKENS = new CallbackPathToken(SIGNING_KEY);
    protected static final String ACK = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DataSource dataSource;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
    }

    /** POSTs {@code body} to {@code path}; {@code headers} are name, value pairs (e.g. X-Forwarded-For). */
    protected HttpResponse<String> postTo(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Outbox rows are written with the inbox row; none means nothing can ever be published. */
    protected List<Map<String, Object>> outboxRows(String key) {
        return jdbc.sql("select * from outbox where message_key = ? order by id").param(key).query().listOfRows();
    }

    /** The callback-service's audit entries about one payment or payout, oldest first. */
    protected List<Map<String, Object>> auditEntries(String subjectId) {
        return jdbc.sql("""
                select service, event_type, actor, subject_type, subject_id, request_id, source_address,
                       details::text as details, details ->> 'outcome' as outcome, details ->> 'reason' as reason
                from audit.entries where subject_id = ? order by id""")
                .param(subjectId).query().listOfRows();
    }

    protected VerificationResult verifyAudit() {
        return AuditVerifier.verify(dataSource);
    }
}
