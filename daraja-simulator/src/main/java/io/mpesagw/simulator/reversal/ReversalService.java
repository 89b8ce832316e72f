package io.mpesagw.simulator.reversal;

import io.mpesagw.simulator.daraja.EastAfricaTime;
import io.mpesagw.simulator.initiator.BookedPayment;
import io.mpesagw.simulator.initiator.CredentialVerdict;
import io.mpesagw.simulator.initiator.InitiatorAccepted;
import io.mpesagw.simulator.initiator.InitiatorCredentials;
import io.mpesagw.simulator.initiator.InitiatorIds;
import io.mpesagw.simulator.initiator.InitiatorResult;
import io.mpesagw.simulator.initiator.OrganisationAccounts;
import io.mpesagw.simulator.initiator.PaymentLedger;
import io.mpesagw.simulator.initiator.ResultDelivery;
import io.mpesagw.simulator.initiator.ResultParameter;
import io.mpesagw.simulator.mode.SimulatorMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reverses the customer payments (STK, C2B) the simulator completed, each at most once, and refuses
 * B2C payouts as Daraja does ("B2C cannot be reversed via API", daraja-facts.md 6.3). Its own failure
 * codes are strings ("R000001", "R000002"), unlike every other initiator Result.
 */
@Service
class ReversalService {

    static final String ALREADY_REVERSED_CODE = "R000001";
    // The wording is M-Pesa core's text for this case as seen elsewhere; no Daraja capture was found.
    static final String ALREADY_REVERSED_DESC = "The transaction has already been reversed.";
    static final String INVALID_ORIGINAL_CODE = "R000002";
    static final String INVALID_ORIGINAL_DESC = "The OriginalTransactionID is invalid.";
    // No captured answer shows which code Daraja gives a B2C reversal; 2028 is among Reversal's
    // documented codes (section 7.3) and says exactly this: the product does not allow it.
    static final String NOT_PERMITTED_CODE = "2028";
    static final String NOT_PERMITTED_DESC = "The request is not permitted according to product assignment.";
    private static final String PROCESSED = "The service request is processed successfully.";

    private final InitiatorCredentials credentials;
    private final PaymentLedger ledger;
    private final OrganisationAccounts accounts;
    private final ResultDelivery delivery;
    private final InitiatorIds ids;
    private final Clock clock;
    private final ResultParameter reference;

    ReversalService(InitiatorCredentials credentials, PaymentLedger ledger, OrganisationAccounts accounts,
            ResultDelivery delivery, InitiatorIds ids, Clock clock, SimulatorMode mode) {
        this.credentials = credentials;
        this.ledger = ledger;
        this.accounts = accounts;
        this.delivery = delivery;
        this.ids = ids;
        this.clock = clock;
        this.reference = InitiatorResult.queueTimeoutReference(mode, "/mpesa/reversalresults/v1/submit");
    }

    InitiatorAccepted reverse(ReversalRequest request) {
        String originator = ids.originatorConversationId();
        String conversation = ids.conversationId();
        InitiatorResult result = switch (credentials.verify(request.initiator(), request.securityCredential())) {
            case CredentialVerdict.Refused refused ->
                failure(refused.resultCode(), refused.resultDesc(), originator, conversation);
            case CredentialVerdict.Accepted accepted -> ledger.byReceipt(request.transactionId())
                    .map(payment -> decide(payment, originator, conversation))
                    .orElseGet(() -> failure(INVALID_ORIGINAL_CODE, INVALID_ORIGINAL_DESC, originator, conversation));
        };
        delivery.postLater(request.resultUrl(), result);
        return new InitiatorAccepted(originator, conversation);
    }

    /** A payout is refused before it is marked, so it never counts as reversed. */
    private InitiatorResult decide(BookedPayment payment, String originator, String conversation) {
        if (payment.isPayout()) {
            return failure(NOT_PERMITTED_CODE, NOT_PERMITTED_DESC, originator, conversation);
        }
        return ledger.markReversed(payment.receipt())
                ? reversed(payment, originator, conversation)
                : failure(ALREADY_REVERSED_CODE, ALREADY_REVERSED_DESC, originator, conversation);
    }

    /**
     * Parameters as in a real sandbox result; the Amount is a decimal there ({@code 1.0}). The money
     * goes back: the organisation is debited and the customer credited.
     */
    private InitiatorResult reversed(BookedPayment payment, String originator, String conversation) {
        List<ResultParameter> parameters = List.of(
                ResultParameter.text("DebitAccountBalance",
                        OrganisationAccounts.Snapshot.account("Utility Account", accounts.snapshot().utility())),
                ResultParameter.decimal("Amount", BigDecimal.valueOf(payment.amount()).setScale(1)),
                ResultParameter.number("TransCompletedTime", EastAfricaTime.compactNumber(clock)),
                ResultParameter.text("OriginalTransactionID", payment.receipt()),
                ResultParameter.decimal("Charge", new BigDecimal("0.0")),
                ResultParameter.text("CreditPartyPublicName", payment.customerPublicName()),
                ResultParameter.text("DebitPartyPublicName", payment.organisationPublicName()));
        return new InitiatorResult("0", PROCESSED, originator, conversation, ids.receipt(), parameters,
                InitiatorResult.Shape.LIST, reference);
    }

    private InitiatorResult failure(String code, String desc, String originator, String conversation) {
        return new InitiatorResult(code, desc, originator, conversation, ids.queryTransactionId(), List.of(),
                InitiatorResult.Shape.LIST, reference);
    }
}
