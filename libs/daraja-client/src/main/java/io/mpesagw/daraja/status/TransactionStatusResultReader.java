package io.mpesagw.daraja.status;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.result.PartyName;
import io.mpesagw.daraja.result.ResultEnvelope;
import io.mpesagw.daraja.result.ResultItems;

/** Reads a Transaction Status Result (fact sheet 7.1). */
public final class TransactionStatusResultReader {

    private TransactionStatusResultReader() {
    }

    public static TransactionStatusResult read(String body) throws MalformedCallbackException {
        ResultEnvelope envelope = ResultEnvelope.read(body, "transaction status result");
        if (!envelope.header().succeeded()) {
            return new TransactionStatusResult.Failed(envelope.header());
        }
        ResultItems p = envelope.parameters();
        return new TransactionStatusResult.Found(envelope.header(), new TransactionDetails(
                p.text("ReceiptNo"), p.text("TransactionStatus"), p.decimal("Amount"),
                PartyName.parse(p.text("DebitPartyName")), PartyName.parse(p.text("CreditPartyName")),
                p.text("OriginatorConversationID"), p.text("ConversationID"), p.text("InitiatedTime"),
                p.text("FinalisedTime"), p.text("DebitAccountType"), p.text("DebitPartyCharges"),
                p.text("TransactionReason"), p.text("ReasonType")));
    }
}
