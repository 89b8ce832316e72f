package io.mpesagw.simulator.b2c;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.BookedPayment;
import io.mpesagw.simulator.initiator.OrganisationAccounts;
import io.mpesagw.simulator.mode.SimulatorMode;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** SIMULATOR_MODE=production for the B2C API (the same context as the mode package's production test). */
@TestPropertySource(properties = "simulator.mode=production")
class B2cProductionModeApiTest extends SimulatorApiTest {

    /** Nothing listens here; production Results could only go to https URLs, which the test cannot receive. */
    private static final String HTTPS_URL = "https://127.0.0.1:9/b2c/result";

    @Test
    void result_and_queue_timeout_urls_must_be_https() {
        String token = daraja().accessToken();

        assertDarajaError(post(daraja(), B2cApiTest.V3, token, b2cBody("prod-" + UUID.randomUUID(), "254708374149",
                "c2VjcmV0", HTTPS_URL, "http://127.0.0.1:9/b2c/queue")), 400, "400.002.02",
                "Bad Request - Invalid QueueTimeOutURL");
        assertDarajaError(post(daraja(), B2cApiTest.V3, token, b2cBody("prod-" + UUID.randomUUID(), "254708374149",
                "c2VjcmV0", "http://127.0.0.1:9/b2c/result", HTTPS_URL)), 400, "400.002.02",
                "Bad Request - Invalid ResultURL");
    }

    @Test
    void production_results_name_the_internal_api_host() {
        B2cResults results = new B2cResults(SimulatorMode.PRODUCTION);
        BookedPayment payment = BookedPayment.payout("UAV1ABCDEF", "o", "c", "BusinessPayment", 10, "600992",
                "254708374149", LocalDateTime.now(), LocalDateTime.now());

        assertThat(results.paid(payment, new OrganisationAccounts().snapshot()).referenceItem().value())
                .isEqualTo("http://internalapi.safaricom.co.ke/mpesa/b2cresults/v1/submit");
        assertThat(results.failed("1", "d", "o", "c", "t").referenceItem().value())
                .isEqualTo("http://internalapi.safaricom.co.ke/mpesa/b2cresults/v1/submit");
    }
}
