package io.mpesagw.simulator.b2c;

import io.mpesagw.simulator.initiator.BookedPayment;
import io.mpesagw.simulator.initiator.InitiatorResult;
import io.mpesagw.simulator.initiator.OrganisationAccounts;
import io.mpesagw.simulator.initiator.ResultParameter;
import io.mpesagw.simulator.mode.SimulatorMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The B2C Result messages, shaped like the real ones in daraja-facts.md section 6.3. */
@Component
class B2cResults {

    private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private final ResultParameter reference;

    B2cResults(SimulatorMode mode) {
        this.reference = InitiatorResult.queueTimeoutReference(mode, "/mpesa/b2cresults/v1/submit");
    }

    /** Success, with the ResultParameters in the order of a real production result. */
    InitiatorResult paid(BookedPayment payment, OrganisationAccounts.Snapshot balances) {
        List<ResultParameter> parameters = List.of(
                ResultParameter.text("ReceiverPartyPublicName", payment.customerPublicName()),
                ResultParameter.text("TransactionCompletedDateTime", COMPLETED.format(payment.completedAt())),
                ResultParameter.decimal("B2CUtilityAccountAvailableFunds", balances.utility()),
                ResultParameter.decimal("B2CWorkingAccountAvailableFunds", balances.working()),
                ResultParameter.text("B2CRecipientIsRegisteredCustomer", "Y"),
                ResultParameter.decimal("B2CChargesPaidAccountAvailableFunds", balances.chargesPaid()),
                ResultParameter.number("TransactionAmount", payment.amount()),
                ResultParameter.text("TransactionReceipt", payment.receipt()));
        return new InitiatorResult("0", B2cOutcome.Paid.PROCESSED, payment.originatorConversationId(),
                payment.conversationId(), payment.receipt(), parameters, InitiatorResult.Shape.LIST, reference);
    }

    /** Any failure: no ResultParameters; the TransactionID still looks like a real receipt. */
    InitiatorResult failed(String resultCode, String resultDesc, String originatorConversationId,
            String conversationId, String transactionId) {
        return new InitiatorResult(resultCode, resultDesc, originatorConversationId, conversationId, transactionId,
                List.of(), InitiatorResult.Shape.LIST, reference);
    }
}
