package io.mpesagw.daraja.b2c;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.result.PartyName;
import io.mpesagw.daraja.result.ResultEnvelope;
import io.mpesagw.daraja.result.ResultItems;

/** Reads a B2C Result (fact sheet 6.3): parameters by Key, single object or list, Value optional. */
public final class B2cResultReader {

    private B2cResultReader() {
    }

    public static B2cResult read(String body) throws MalformedCallbackException {
        ResultEnvelope envelope = ResultEnvelope.read(body, "B2C result");
        if (!envelope.header().succeeded()) {
            return new B2cResult.Failed(envelope.header());
        }
        ResultItems p = envelope.parameters();
        return new B2cResult.Paid(envelope.header(), new B2cPayout(
                p.decimal("TransactionAmount"),
                p.text("TransactionReceipt"),
                PartyName.parse(p.text("ReceiverPartyPublicName")),
                p.text("TransactionCompletedDateTime"),
                p.decimal("B2CUtilityAccountAvailableFunds"),
                p.decimal("B2CWorkingAccountAvailableFunds"),
                p.decimal("B2CChargesPaidAccountAvailableFunds"),
                yesNo(p.text("B2CRecipientIsRegisteredCustomer"))));
    }

    private static Boolean yesNo(String flag) {
        if (flag == null) {
            return null;
        }
        return switch (flag.toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "YES", "TRUE" -> Boolean.TRUE;
            case "N", "NO", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }
}
