package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.balance.AccountBalance;
import io.mpesagw.daraja.balance.AccountBalanceClient;
import io.mpesagw.daraja.balance.AccountBalanceRequest;
import io.mpesagw.daraja.balance.AccountBalanceResult;
import io.mpesagw.daraja.balance.AccountBalanceResultReader;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Account Balance through daraja-client against the simulator, including the single-object ResultParameter. */
class AccountBalanceContractTest extends SimulatorApiTest {

    private static CallbackReceiver receiver;

    @TempDir
    Path workDir;
    private ContractClients clients;
    private String token;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void connect() {
        InitiatorApiSupport.unlock(daraja());
        clients = new ContractClients(baseUrl(), workDir);
        token = clients.token();
    }

    @AfterEach
    void unlockTheInitiator() {
        InitiatorApiSupport.unlock(daraja());
    }

    @Test
    void the_balances_string_reads_as_five_accounts() throws Exception {
        accepted(clients.accountBalance(InitiatorApiSupport.PASSWORD).query(token, request("balances")));

        AccountBalanceResult result = AccountBalanceResultReader.read(receiver.awaitCallback("balances").body());
        AccountBalanceResult.Balances balances = (AccountBalanceResult.Balances) result;
        assertThat(balances.accounts()).extracting(AccountBalance::account).containsExactly("Working Account",
                "Float Account", "Utility Account", "Charges Paid Account", "Organization Settlement Account");
        assertThat(balances.accounts()).allSatisfy(account -> {
            assertThat(account.currency()).isEqualTo("KES");
            assertThat(account.available()).isNotNull();
            assertThat(account.amounts()).hasSize(4);
        });
        assertThat(balances.completedTime()).matches("20\\d{12}");
    }

    @Test
    void a_wrong_password_reads_as_failed_2001_with_the_single_object_parameter() throws Exception {
        accepted(clients.accountBalance("Wrong#Password1").query(token, request("balance-2001")));

        String body = receiver.awaitCallback("balance-2001").body();
        assertThat(DarajaTestClient.parse(body).get("Result").get("ResultParameters").get("ResultParameter")
                .isObject()).as("the real quirk is what the simulator sent").isTrue();
        AccountBalanceResult result = AccountBalanceResultReader.read(body);
        assertThat(result).isInstanceOf(AccountBalanceResult.Failed.class);
        assertThat(result.header().resultCode()).isEqualTo("2001");
        assertThat(((AccountBalanceResult.Failed) result).completedTime()).matches("20\\d{12}");
    }

    @Test
    void a_locked_api_user_reads_as_failed_8006() throws Exception {
        AccountBalanceClient wrong = clients.accountBalance("Wrong#Password1");
        for (int attempt = 1; attempt <= InitiatorApiSupport.LOCK_AFTER; attempt++) {
            accepted(wrong.query(token, request("locking-" + attempt)));
        }
        accepted(clients.accountBalance(InitiatorApiSupport.PASSWORD).query(token, request("balance-8006")));

        AccountBalanceResult result = AccountBalanceResultReader.read(receiver.awaitCallback("balance-8006").body());
        assertThat(result).isInstanceOf(AccountBalanceResult.Failed.class);
        assertThat(result.header().resultCode()).isEqualTo("8006");
        assertThat(((AccountBalanceResult.Failed) result).completedTime()).isNotNull();
    }

    private AccountBalanceRequest request(String name) {
        return new AccountBalanceRequest(InitiatorApiSupport.SHORTCODE, IdentifierType.SHORT_CODE, "Daily balance",
                receiver.urlFor(name + "-timeout"), receiver.urlFor(name));
    }
}
