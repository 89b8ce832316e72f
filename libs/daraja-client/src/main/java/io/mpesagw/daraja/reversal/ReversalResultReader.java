package io.mpesagw.daraja.reversal;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.result.PartyName;
import io.mpesagw.daraja.result.ResultEnvelope;
import io.mpesagw.daraja.result.ResultItems;

/** Reads a Reversal Result (fact sheet 7.3). */
public final class ReversalResultReader {

    private ReversalResultReader() {
    }

    public static ReversalResult read(String body) throws MalformedCallbackException {
        ResultEnvelope envelope = ResultEnvelope.read(body, "reversal result");
        if (!envelope.header().succeeded()) {
            return new ReversalResult.Failed(envelope.header());
        }
        ResultItems p = envelope.parameters();
        return new ReversalResult.Reversed(envelope.header(), new ReversalDetails(
                p.text("OriginalTransactionID"), p.decimal("Amount"), p.decimal("Charge"), p.text("TransCompletedTime"),
                PartyName.parse(p.text("CreditPartyPublicName")), PartyName.parse(p.text("DebitPartyPublicName")),
                p.text("DebitAccountBalance")));
    }
}
