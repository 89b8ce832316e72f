package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for tests of the initiator APIs: a receiver for their Results, and before each test an
 * unlocked initiator, a fresh access token and a SecurityCredential made from the served certificate.
 */
public abstract class InitiatorApiTest extends SimulatorApiTest {

    protected static CallbackReceiver receiver;

    protected String token;
    protected String credential;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void signIn() {
        InitiatorApiSupport.unlock(daraja());
        token = daraja().accessToken();
        credential = InitiatorApiSupport.securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
    }
}
