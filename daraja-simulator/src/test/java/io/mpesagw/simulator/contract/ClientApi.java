package io.mpesagw.simulator.contract;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cCommand;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.balance.AccountBalanceRequest;
import io.mpesagw.daraja.c2b.C2bApiVersion;
import io.mpesagw.daraja.c2b.C2bRegistration;
import io.mpesagw.daraja.c2b.C2bResponseType;
import io.mpesagw.daraja.c2b.C2bSimulation;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.reversal.ReversalRequest;
import io.mpesagw.daraja.status.TransactionStatusRequest;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.util.UUID;

/**
 * Every API family daraja-client has a DarajaOutcome for, each called once with a request the client
 * accepts locally. OAuth throws instead of returning an outcome, so it is called on its own.
 */
enum ClientApi {
    STK_PUSH("STK push", "/mpesa/stkpush/v1/processrequest", Operation.SUBMIT),
    STK_QUERY("STK query", "/mpesa/stkpushquery/v1/query", Operation.QUERY),
    B2C_V3("B2C v3", "/mpesa/b2c/v3/paymentrequest", Operation.SUBMIT),
    B2C_V1("B2C v1", "/mpesa/b2c/v1/paymentrequest", Operation.SUBMIT),
    TRANSACTION_STATUS("transaction status", "/mpesa/transactionstatus/v1/query", Operation.QUERY),
    ACCOUNT_BALANCE("account balance", "/mpesa/accountbalance/v1/query", Operation.QUERY),
    REVERSAL("reversal", "/mpesa/reversal/v1/request", Operation.SUBMIT),
    C2B_REGISTER("C2B register", "/mpesa/c2b/v1/registerurl", Operation.SUBMIT),
    C2B_SIMULATE("C2B simulate", "/mpesa/c2b/v1/simulate", Operation.SUBMIT);

    /** Nothing listens here: a call that gets an armed answer never leads to a callback. */
    static final String NOWHERE = "http://127.0.0.1:9/callbacks/error-matrix";
    private static final String PHONE = "254712011701";
    private static final String RECEIPT = "TIH5E7ZVSZ";

    final String title;
    final String path;
    final Operation operation;

    ClientApi(String title, String path, Operation operation) {
        this.title = title;
        this.path = path;
        this.operation = operation;
    }

    DarajaOutcome<?> call(ContractClients clients, String token) {
        String password = InitiatorApiSupport.PASSWORD;
        return switch (this) {
            case STK_PUSH -> clients.stk().push(token, ContractClients.stkPush(PHONE, 10, NOWHERE));
            case STK_QUERY -> clients.stk().query(token, DarajaTestClient.SHORTCODE, DarajaTestClient.PASSKEY,
                    DarajaTestClient.TIMESTAMP, "ws_CO_01012026000000000712011701");
            case B2C_V3 -> clients.b2c(password).payV3(token, payout());
            case B2C_V1 -> clients.b2c(password).payV1(token, payout());
            case TRANSACTION_STATUS -> clients.transactionStatus(password).query(token, new TransactionStatusRequest(
                    RECEIPT, null, InitiatorApiSupport.SHORTCODE, IdentifierType.SHORT_CODE, NOWHERE, NOWHERE,
                    "Reconcile", null));
            case ACCOUNT_BALANCE -> clients.accountBalance(password).query(token, new AccountBalanceRequest(
                    InitiatorApiSupport.SHORTCODE, IdentifierType.SHORT_CODE, "Daily balance", NOWHERE, NOWHERE));
            case REVERSAL -> clients.reversal(password).reverse(token, new ReversalRequest(RECEIPT, 10,
                    DarajaTestClient.SHORTCODE, IdentifierType.ORGANISATION_SHORT_CODE, NOWHERE, NOWHERE,
                    "Wrong recipient", null));
            case C2B_REGISTER -> clients.c2b().registerUrls(token,
                    new C2bRegistration("600701", C2bResponseType.COMPLETED, NOWHERE, NOWHERE), C2bApiVersion.V1);
            case C2B_SIMULATE -> clients.c2b().simulate(token, new C2bSimulation("600701",
                    TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10, PHONE, "invoice008"), C2bApiVersion.V1);
        };
    }

    private static B2cPaymentRequest payout() {
        return new B2cPaymentRequest("matrix-" + UUID.randomUUID(), B2cCommand.BUSINESS_PAYMENT, 10,
                InitiatorApiSupport.SHORTCODE, PHONE, "Error matrix", NOWHERE, NOWHERE, null);
    }

    @Override
    public String toString() {
        return title;
    }
}
