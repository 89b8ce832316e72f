package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.c2b.C2bApiVersion;
import io.mpesagw.daraja.c2b.C2bClient;
import io.mpesagw.daraja.c2b.C2bRegistration;
import io.mpesagw.daraja.c2b.C2bResponseType;
import io.mpesagw.daraja.c2b.C2bSimulation;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.simulator.SimulatorApiTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/** C2B through daraja-client against the simulator in production mode (the mode tests' context). */
@TestPropertySource(properties = "simulator.mode=production")
class C2bProductionContractTest extends SimulatorApiTest {

    /** Production wants https; nothing listens here, and registering calls no URL. */
    private static final String HTTPS = "https://127.0.0.1:9/merchant/";

    @TempDir
    Path workDir;
    private C2bClient c2b;
    private String token;

    @BeforeEach
    void connect() {
        ContractClients clients = new ContractClients(baseUrl(), workDir);
        c2b = clients.c2b();
        token = clients.token();
    }

    @Test
    void registering_a_shortcode_twice_reads_as_rejected_500_003_1001() {
        C2bRegistration urls = new C2bRegistration("600601", C2bResponseType.COMPLETED, HTTPS + "confirm",
                HTTPS + "validate");
        accepted(c2b.registerUrls(token, urls, C2bApiVersion.V1));

        assertThat(c2b.registerUrls(token, urls, C2bApiVersion.V1))
                .isEqualTo(new DarajaOutcome.Rejected<>(500, "500.003.1001", "Urls are already registered."));
    }

    @Test
    void an_http_confirmation_url_reads_as_rejected() {
        C2bRegistration http = new C2bRegistration("600602", C2bResponseType.COMPLETED,
                "http://127.0.0.1:9/merchant/confirm", HTTPS + "validate");

        assertThat(c2b.registerUrls(token, http, C2bApiVersion.V1)).isEqualTo(
                new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid ConfirmationURL"));
    }

    @Test
    void simulate_does_not_exist_in_production() {
        C2bSimulation payment = new C2bSimulation("600603", TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10,
                "254712011402", "invoice");

        assertThat(c2b.simulate(token, payment, C2bApiVersion.V1))
                .isEqualTo(new DarajaOutcome.Rejected<>(404, "404.001.01", "Resource not found"));
    }
}
