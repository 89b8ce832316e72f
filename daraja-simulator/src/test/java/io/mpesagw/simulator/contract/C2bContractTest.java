package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.c2b.C2bAccepted;
import io.mpesagw.daraja.c2b.C2bApiVersion;
import io.mpesagw.daraja.c2b.C2bClient;
import io.mpesagw.daraja.c2b.C2bPayment;
import io.mpesagw.daraja.c2b.C2bPaymentReader;
import io.mpesagw.daraja.c2b.C2bRegistration;
import io.mpesagw.daraja.c2b.C2bResponseType;
import io.mpesagw.daraja.c2b.C2bSimulation;
import io.mpesagw.daraja.c2b.C2bValidationReply;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.simulator.MerchantEndpoint;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C2B register, simulate, validation and confirmation through daraja-client against the sandbox simulator. */
class C2bContractTest extends SimulatorApiTest {

    private static MerchantEndpoint merchant;

    @TempDir
    Path workDir;
    private C2bClient c2b;
    private String token;

    @BeforeAll
    static void startMerchant() throws IOException {
        merchant = new MerchantEndpoint();
    }

    @AfterAll
    static void stopMerchant() {
        merchant.close();
    }

    @BeforeEach
    void connect() {
        ContractClients clients = new ContractClients(baseUrl(), workDir);
        c2b = clients.c2b();
        token = clients.token();
    }

    @Test
    void register_v1_and_v2_read_as_accepted_despite_the_misspelt_id_and_the_v2_code() {
        C2bAccepted v1 = accepted(c2b.registerUrls(token, registration("600501", "v1"), C2bApiVersion.V1));
        C2bAccepted v2 = accepted(c2b.registerUrls(token, registration("600502", "v2"), C2bApiVersion.V2));

        assertThat(v1.responseCode()).isEqualTo("0");
        assertThat(v1.originatorConversationId()).as("read from OriginatorCoversationID").isNotBlank();
        assertThat(v2.responseCode()).isEqualTo("00000000");
    }

    @Test
    void a_payment_is_confirmed_and_the_confirmation_reads_with_every_string_typed() throws Exception {
        accepted(c2b.registerUrls(token, registration("600503", "paid"), C2bApiVersion.V1));

        C2bAccepted simulated = accepted(c2b.simulate(token, simulation("600503", "invoice008"), C2bApiVersion.V1));

        assertThat(simulated.responseDescription()).isEqualTo("Accept the service request successfully.");
        MerchantEndpoint.Received received = merchant.awaitFirst("paid-confirm");
        C2bPayment confirmation = C2bPaymentReader.read(received.body());
        assertThat(confirmation.transId()).matches("[A-Z][A-L][1-9A-V][0-9][A-Z0-9]{6}");
        assertThat(confirmation.transAmount()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(confirmation.transactionType()).isEqualTo("Pay Bill");
        assertThat(confirmation.businessShortCode()).isEqualTo("600503");
        assertThat(confirmation.billRefNumber()).isEqualTo("invoice008");
        assertThat(confirmation.fullMsisdn()).contains("254712011401");
        assertThat(confirmation.orgAccountBalance()).isNotNull();
        assertThat(confirmation.transTime()).matches("20\\d{12}");
        assertThat(confirmation.firstName()).isEqualTo("John");
    }

    @Test
    void the_validation_request_reads_without_a_balance_and_an_accept_leads_to_the_confirmation() throws Exception {
        accepted(c2b.registerUrls(token, registration("600504", "validated"), C2bApiVersion.V1));
        assertThat(daraja().postJson("/simulator/v1/c2b/validation", null,
                "{\"shortCode\":\"600504\",\"enabled\":true}").status()).isEqualTo(200);
        merchant.answer("validated-validate", C2bValidationReply.ACCEPT.json());

        accepted(c2b.simulate(token, simulation("600504", "invoice009"), C2bApiVersion.V1));

        C2bPayment validation = C2bPaymentReader.read(merchant.awaitFirst("validated-validate").body());
        C2bPayment confirmation = C2bPaymentReader.read(merchant.awaitFirst("validated-confirm").body());
        assertThat(validation.orgAccountBalance()).isNull();
        assertThat(confirmation.transId()).isEqualTo(validation.transId());
        assertThat(confirmation.orgAccountBalance()).isNotNull();
    }

    @Test
    void v2_urls_get_a_masked_msisdn_that_the_reader_keeps_as_sent() throws Exception {
        accepted(c2b.registerUrls(token, registration("600505", "masked"), C2bApiVersion.V2));

        accepted(c2b.simulate(token, simulation("600505", "invoice010"), C2bApiVersion.V2));

        C2bPayment confirmation = C2bPaymentReader.read(merchant.awaitFirst("masked-confirm").body());
        assertThat(confirmation.msisdn()).isEqualTo("2547 ***** 401");
        assertThat(confirmation.fullMsisdn()).isEmpty();
    }

    @Test
    void refusals_read_as_rejected_or_invalid_token() {
        assertThat(c2b.simulate(token, simulation("600506", "x".repeat(101)), C2bApiVersion.V1))
                .isEqualTo(new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid BillRefNumber"));
        assertThat(c2b.registerUrls("stale-token", registration("600506", "unused"), C2bApiVersion.V1))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("404.001.03"));
    }

    private static C2bRegistration registration(String shortCode, String name) {
        return new C2bRegistration(shortCode, C2bResponseType.COMPLETED, merchant.urlFor(name + "-confirm"),
                merchant.urlFor(name + "-validate"));
    }

    private static C2bSimulation simulation(String shortCode, String billRef) {
        return new C2bSimulation(shortCode, TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10, "254712011401", billRef);
    }
}
