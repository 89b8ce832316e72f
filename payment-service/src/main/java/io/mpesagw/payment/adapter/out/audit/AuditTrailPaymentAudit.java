package io.mpesagw.payment.adapter.out.audit;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.payment.application.PaymentAuditPort;
import io.mpesagw.payment.application.PushAttempt;
import io.mpesagw.payment.application.PushResult;
import io.mpesagw.payment.application.StkQueryAnswer;
import io.mpesagw.payment.application.StkPushSummary;
import io.mpesagw.payment.domain.Payment;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class AuditTrailPaymentAudit implements PaymentAuditPort {

    private final AuditTrail audit;

    AuditTrailPaymentAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void stkPushExchanged(Payment payment, PushAttempt attempt) {
        audit.record(AuditEntry.of(AuditEventType.DARAJA_EXCHANGE, AuditEntry.SYSTEM, "payment", payment.id())
                .withDetails(Map.of("operation", "stk_push", "credentialSet", payment.credentialSet(),
                        "request", request(attempt.request()), "response", response(attempt.result())))
                .withMerchant(payment.merchantId()));
    }

    @Override
    public void stkPushNotSent(Payment payment, String failureCode, String reason) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("operation", "stk_push");
        fields.put("credentialSet", payment.credentialSet());
        fields.put("attempts", 0);
        fields.put("outcome", "not_sent");
        fields.put("errorMessage", reason);
        fields.put("decision", "failed " + failureCode + ": nothing was sent to Daraja");
        audit.record(AuditEntry.of(AuditEventType.DARAJA_EXCHANGE, AuditEntry.SYSTEM, "payment", payment.id())
                .withDetails(fields).withMerchant(payment.merchantId()));
    }

    @Override
    public void stkQueryExchanged(Payment payment, StkQueryAnswer answer, String decision) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("operation", "stk_query");
        fields.put("checkoutRequestId", payment.checkoutRequestId());
        switch (answer) {
            case StkQueryAnswer.Final result -> {
                fields.put("outcome", "result");
                fields.put("resultCode", result.resultCode());
                fields.put("resultDesc", result.resultDesc());
            }
            case StkQueryAnswer.StillProcessing processing -> fields.put("outcome", "still_processing");
            case StkQueryAnswer.Unavailable unavailable -> {
                fields.put("outcome", "unavailable");
                fields.put("errorMessage", unavailable.reason());
            }
        }
        fields.put("decision", decision);
        audit.record(AuditEntry.of(AuditEventType.DARAJA_EXCHANGE, AuditEntry.SYSTEM, "payment", payment.id())
                .withDetails(fields).withMerchant(payment.merchantId()));
    }

    @Override
    public void lateSuccessFlagged(Payment payment, StkCallbackReceived callback) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("callbackId", callback.callbackId());
        fields.put("checkoutRequestId", callback.checkoutRequestId());
        fields.put("resultCode", callback.resultCode());
        fields.put("mpesaReceipt", callback.mpesaReceiptNumber());
        fields.put("amount", callback.amount());
        fields.put("paymentState", payment.state().name().toLowerCase(Locale.ROOT));
        fields.put("decision", "flagged: paid after the payment had ended; not credited, needs a person");
        audit.record(AuditEntry.of(AuditEventType.CALLBACK_RECEIVED, AuditEntry.SYSTEM, "payment", payment.id())
                .withDetails(fields).withMerchant(payment.merchantId()));
    }

    private static Map<String, Object> request(StkPushSummary request) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("shortcode", request.shortcode());
        fields.put("partyB", request.partyB());
        fields.put("transactionType", request.transactionType());
        fields.put("amount", request.amount());
        fields.put("phone", request.phone());
        fields.put("accountReference", request.accountReference());
        fields.put("callbackUrl", request.callbackUrl());
        fields.put("attempts", request.attempts());
        fields.put("retriedWithFreshAccess", request.tokenReplaced());
        return fields;
    }

    private static Map<String, Object> response(PushResult result) {
        Map<String, Object> fields = new HashMap<>();
        switch (result) {
            case PushResult.Submitted submitted -> {
                fields.put("outcome", "submitted");
                fields.put("checkoutRequestId", submitted.checkoutRequestId());
                fields.put("merchantRequestId", submitted.merchantRequestId());
            }
            case PushResult.Refused refused -> {
                fields.put("outcome", "refused");
                fields.put("errorCode", refused.darajaCode());
                fields.put("errorMessage", refused.reason());
            }
            case PushResult.Unclear unclear -> {
                fields.put("outcome", "unclear");
                fields.put("errorMessage", unclear.reason());
            }
        }
        return fields;
    }
}
