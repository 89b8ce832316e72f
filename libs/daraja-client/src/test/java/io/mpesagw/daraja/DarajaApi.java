package io.mpesagw.daraja;

import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.b2c.B2cCommand;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.balance.AccountBalanceClient;
import io.mpesagw.daraja.balance.AccountBalanceRequest;
import io.mpesagw.daraja.c2b.C2bApiVersion;
import io.mpesagw.daraja.c2b.C2bClient;
import io.mpesagw.daraja.c2b.C2bRegistration;
import io.mpesagw.daraja.c2b.C2bResponseType;
import io.mpesagw.daraja.c2b.C2bSimulation;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.reversal.ReversalClient;
import io.mpesagw.daraja.reversal.ReversalRequest;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.daraja.status.TransactionStatusRequest;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.daraja.stk.StkPushRequest;
import io.mpesagw.daraja.stk.TransactionType;

/** Every POST API of the library, each called with a valid request, for tests that run them all. */
public enum DarajaApi {
    STK_PUSH("/mpesa/stkpush/v1/processrequest", Operation.SUBMIT),
    STK_QUERY("/mpesa/stkpushquery/v1/query", Operation.QUERY),
    B2C_V3("/mpesa/b2c/v3/paymentrequest", Operation.SUBMIT),
    B2C_V1("/mpesa/b2c/v1/paymentrequest", Operation.SUBMIT),
    TRANSACTION_STATUS("/mpesa/transactionstatus/v1/query", Operation.QUERY),
    ACCOUNT_BALANCE("/mpesa/accountbalance/v1/query", Operation.QUERY),
    REVERSAL("/mpesa/reversal/v1/request", Operation.SUBMIT),
    C2B_REGISTER_V1("/mpesa/c2b/v1/registerurl", Operation.SUBMIT),
    C2B_REGISTER_V2("/mpesa/c2b/v2/registerurl", Operation.SUBMIT),
    C2B_SIMULATE_V1("/mpesa/c2b/v1/simulate", Operation.SUBMIT),
    C2B_SIMULATE_V2("/mpesa/c2b/v2/simulate", Operation.SUBMIT);

    public static final String TOKEN = "c9SQxWWhmdVRlyh0zh8gZDTkubVF";
    public static final String PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    public static final String INITIATOR_PASSWORD = "Safaricom#2024&ok";
    static final String RESULT_URL = "https://gw.example.com/v1/results/b2c/tok3n";
    static final String TIMEOUT_URL = "https://gw.example.com/v1/timeouts/b2c/tok3n";

    public final String path;
    public final Operation operation;

    DarajaApi(String path, Operation operation) {
        this.path = path;
        this.operation = operation;
    }

    public static InitiatorCredentials initiator() {
        return new InitiatorCredentials("testapi", INITIATOR_PASSWORD, TestKeys.rsa2048().certificate());
    }

    /** Calls this API once with a valid request; the answer is whatever the stub was told to give. */
    public DarajaOutcome<?> call(DarajaEndpoint endpoint) {
        var http = endpoint.newHttpClient();
        return switch (this) {
            case STK_PUSH -> new StkClient(endpoint, http).push(TOKEN, new StkPushRequest("174379", PASSKEY,
                    "20160216165627", TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10, "254708374149", "174379",
                    "https://cb.example.com/v1/callbacks/stk/pay_1/token", "INV1", "Order 1"));
            case STK_QUERY -> new StkClient(endpoint, http).query(TOKEN, "174379", PASSKEY, "20160216165627",
                    "ws_CO_13012021093521236557");
            case B2C_V3 -> new B2cClient(endpoint, http, initiator()).payV3(TOKEN, payout());
            case B2C_V1 -> new B2cClient(endpoint, http, initiator()).payV1(TOKEN, payout());
            case TRANSACTION_STATUS -> new TransactionStatusClient(endpoint, http, initiator()).query(TOKEN,
                    new TransactionStatusRequest("NEF61H8J60", null, "600782", IdentifierType.SHORT_CODE,
                            RESULT_URL, TIMEOUT_URL, "OK", "OK"));
            case ACCOUNT_BALANCE -> new AccountBalanceClient(endpoint, http, initiator()).query(TOKEN,
                    new AccountBalanceRequest("600782", IdentifierType.SHORT_CODE, "Daily balance", TIMEOUT_URL,
                            RESULT_URL));
            case REVERSAL -> new ReversalClient(endpoint, http, initiator()).reverse(TOKEN, new ReversalRequest(
                    "PDU91HIVIT", 10, "600610", IdentifierType.ORGANISATION_SHORT_CODE, RESULT_URL, TIMEOUT_URL,
                    "Wrong till", null));
            case C2B_REGISTER_V1 -> new C2bClient(endpoint, http).registerUrls(TOKEN, registration(), C2bApiVersion.V1);
            case C2B_REGISTER_V2 -> new C2bClient(endpoint, http).registerUrls(TOKEN, registration(), C2bApiVersion.V2);
            case C2B_SIMULATE_V1 -> new C2bClient(endpoint, http).simulate(TOKEN, simulation(), C2bApiVersion.V1);
            case C2B_SIMULATE_V2 -> new C2bClient(endpoint, http).simulate(TOKEN, simulation(), C2bApiVersion.V2);
        };
    }

    public static B2cPaymentRequest payout() {
        return new B2cPaymentRequest("600997_Test_32et3241ed8yu", B2cCommand.BUSINESS_PAYMENT, 10, "600992",
                "254708374149", "remarked", TIMEOUT_URL, RESULT_URL, "ChristmasPay");
    }

    static C2bRegistration registration() {
        return new C2bRegistration("600984", C2bResponseType.COMPLETED, "https://gw.example.com/v1/c2b/confirm/t0k",
                "https://gw.example.com/v1/c2b/validate/t0k");
    }

    static C2bSimulation simulation() {
        return new C2bSimulation("600984", TransactionType.CUSTOMER_PAY_BILL_ONLINE, 1, "254708374149", "invoice008");
    }
}
