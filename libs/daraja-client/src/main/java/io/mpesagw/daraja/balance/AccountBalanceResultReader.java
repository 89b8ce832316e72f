package io.mpesagw.daraja.balance;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.result.ResultEnvelope;

/** Reads an Account Balance Result (fact sheet 7.2): codes may be strings, a parameter may be one object. */
public final class AccountBalanceResultReader {

    private AccountBalanceResultReader() {
    }

    public static AccountBalanceResult read(String body) throws MalformedCallbackException {
        ResultEnvelope envelope = ResultEnvelope.read(body, "account balance result");
        String completedTime = envelope.parameters().text("BOCompletedTime");
        if (!envelope.header().succeeded()) {
            return new AccountBalanceResult.Failed(envelope.header(), completedTime);
        }
        return new AccountBalanceResult.Balances(envelope.header(),
                AccountBalance.parseAll(envelope.parameters().text("AccountBalance")), completedTime);
    }
}
