package io.mpesagw.notification.status;

import io.mpesagw.testsupport.SharedInfrastructure;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One running application on real Postgres and Kafka, shared by the integration test classes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "notification.watch.signing-key=" + NotificationIntegrationTest.WATCH_SIGNING_KEY,
    "notification.watch.allowed-origins=http://127.0.0.1:5173",
    "notification.watch.keep-alive=PT1S"
})
abstract class NotificationIntegrationTest {

    static final String WATCH_SIGNING_KEY = "test-only-watch-signing-key-0123456789abcdef";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        // Own group per run: the shared broker keeps committed offsets between runs and test JVMs.
        String group = "notification-test-" + UUID.randomUUID();
        registry.add("notification.consumer-group", () -> group);
    }
}
