package io.mpesagw.payment.adapter.out.audit;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.payment.application.PaymentAuditPort;
import io.mpesagw.payment.application.PushAttempt;
import io.mpesagw.payment.application.PushResult;
import io.mpesagw.payment.application.StkPushSummary;
import io.mpesagw.payment.domain.Payment;
import java.util.HashMap;
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
                .withDetails(Map.of("operation", "stk_push", "request", request(attempt.request()),
                        "response", response(attempt.result())))
                .withMerchant(payment.merchantId()));
    }

    private static Map<String, Object> request(StkPushSummary request) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("shortcode", request.shortcode());
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
