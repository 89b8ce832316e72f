package io.mpesagw.simulator.status;

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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers Transaction Status queries from the payments the simulator completed (section 7.1): B2C
 * payouts, successful STK pushes and C2B payments.
 */
@Service
class TransactionStatusService {

    static final String NOT_FOUND_CODE = "2032";
    static final String NOT_FOUND_DESC = "The transaction receipt number does not exist.";
    private static final String PROCESSED = "The service request is processed successfully.";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    // The first two are in real results; the others are the simulator's guesses (the customer
    // payments borrow the TransactionType words of C2B notifications).
    private static final Map<String, String> REASON_TYPES = Map.of(
            "BusinessPayment", "Business Payment to Customer via API",
            "SalaryPayment", "Salary Payment via API",
            "PromotionPayment", "Promotion Payment via API",
            "CustomerPayBillOnline", "Pay Bill",
            "CustomerBuyGoodsOnline", "Buy Goods");

    private final InitiatorCredentials credentials;
    private final PaymentLedger ledger;
    private final ResultDelivery delivery;
    private final InitiatorIds ids;

    TransactionStatusService(InitiatorCredentials credentials, PaymentLedger ledger, ResultDelivery delivery,
            InitiatorIds ids) {
        this.credentials = credentials;
        this.ledger = ledger;
        this.delivery = delivery;
        this.ids = ids;
    }

    InitiatorAccepted query(TransactionStatusRequest request) {
        String originator = ids.originatorConversationId();
        String conversation = ids.conversationId();
        // Query results carry a zero-padded TransactionID: the query itself moves no money.
        String transactionId = ids.queryTransactionId();
        ResultParameter reference = request.occasion().isEmpty() ? ResultParameter.keyOnly("Occasion")
                : ResultParameter.text("Occasion", request.occasion());
        InitiatorResult result = switch (credentials.verify(request.initiator(), request.securityCredential())) {
            case CredentialVerdict.Refused refused -> failure(refused.resultCode(), refused.resultDesc(),
                    originator, conversation, transactionId, reference);
            case CredentialVerdict.Accepted accepted -> find(request)
                    .map(payment -> new InitiatorResult("0", PROCESSED, originator, conversation, transactionId,
                            parameters(payment), InitiatorResult.Shape.LIST, reference))
                    .orElseGet(() -> failure(NOT_FOUND_CODE, NOT_FOUND_DESC, originator, conversation, transactionId,
                            reference));
        };
        delivery.postLater(request.resultUrl(), result);
        return new InitiatorAccepted(originator, conversation);
    }

    /** By receipt when one is given, otherwise by the B2C's OriginatorConversationID. */
    private Optional<BookedPayment> find(TransactionStatusRequest request) {
        return request.transactionId().isEmpty()
                ? ledger.byOriginatorConversationId(request.originalConversationId())
                : ledger.byReceipt(request.transactionId());
    }

    /**
     * The B2C set is a real result's. For customer payments (STK, C2B) the parties swap; their
     * DebitAccountType and charges are not seen in any capture, so those come without a Value.
     */
    private static List<ResultParameter> parameters(BookedPayment payment) {
        boolean payout = payment.isPayout();
        return List.of(
                ResultParameter.text("DebitPartyName", payment.debitPartyName()),
                ResultParameter.text("CreditPartyName", payment.creditPartyName()),
                textOrKeyOnly("OriginatorConversationID", payment.originatorConversationId()),
                ResultParameter.number("InitiatedTime", compact(payment.initiatedAt())),
                payout ? ResultParameter.text("DebitAccountType", "Utility Account")
                        : ResultParameter.keyOnly("DebitAccountType"),
                payout ? ResultParameter.text("DebitPartyCharges",
                        "Fee For B2C Payment|KES|" + OrganisationAccounts.B2C_FEE.toPlainString())
                        : ResultParameter.keyOnly("DebitPartyCharges"),
                ResultParameter.keyOnly("TransactionReason"),
                ResultParameter.text("ReasonType", REASON_TYPES.getOrDefault(payment.commandId(), "Payment via API")),
                ResultParameter.text("TransactionStatus", "Completed"),
                ResultParameter.number("FinalisedTime", compact(payment.completedAt())),
                ResultParameter.number("Amount", payment.amount()),
                textOrKeyOnly("ConversationID", payment.conversationId()),
                ResultParameter.text("ReceiptNo", payment.receipt()));
    }

    private static ResultParameter textOrKeyOnly(String key, String value) {
        return value == null ? ResultParameter.keyOnly(key) : ResultParameter.text(key, value);
    }

    private static InitiatorResult failure(String code, String desc, String originator, String conversation,
            String transactionId, ResultParameter reference) {
        return new InitiatorResult(code, desc, originator, conversation, transactionId, List.of(),
                InitiatorResult.Shape.LIST, reference);
    }

    private static long compact(LocalDateTime time) {
        return Long.parseLong(COMPACT.format(time));
    }
}
