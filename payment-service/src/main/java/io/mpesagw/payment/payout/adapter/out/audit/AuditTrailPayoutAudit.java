package io.mpesagw.payment.payout.adapter.out.audit;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.msisdn.KenyanMsisdn;
import io.mpesagw.payment.payout.application.B2cPort.B2cSubmission;
import io.mpesagw.payment.payout.application.PayoutAuditPort;
import io.mpesagw.payment.payout.application.StatusQueryPort.StatusQuery;
import io.mpesagw.payment.payout.domain.Payout;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class AuditTrailPayoutAudit implements PayoutAuditPort {

    private final AuditTrail audit;

    AuditTrailPayoutAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void b2cExchanged(Payout payout, B2cSubmission answer) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("operation", "b2c_payment");
        fields.put("originatorConversationId", payout.originatorConversationId());
        fields.put("credentialSet", payout.credentialSet());
        fields.put("amount", payout.amount());
        fields.put("phone", KenyanMsisdn.mask(payout.msisdn()));
        switch (answer) {
            case B2cSubmission.Queued queued -> {
                fields.put("outcome", "queued");
                fields.put("conversationId", queued.conversationId());
            }
            case B2cSubmission.Refused refused -> {
                fields.put("outcome", "refused");
                fields.put("errorCode", refused.darajaCode());
                fields.put("errorMessage", refused.reason());
            }
            case B2cSubmission.Unclear unclear -> {
                fields.put("outcome", "unclear");
                fields.put("errorMessage", unclear.reason());
            }
        }
        record(payout, AuditEventType.DARAJA_EXCHANGE, fields);
    }

    @Override
    public void b2cNotSent(Payout payout, String failureCode, String reason) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("operation", "b2c_payment");
        fields.put("originatorConversationId", payout.originatorConversationId());
        fields.put("credentialSet", payout.credentialSet());
        fields.put("outcome", "not_sent");
        fields.put("errorMessage", reason);
        fields.put("decision", "failed " + failureCode + ": nothing was sent to Daraja");
        record(payout, AuditEventType.DARAJA_EXCHANGE, fields);
    }

    @Override
    public void statusQueried(Payout payout, StatusQuery answer) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("operation", "transaction_status");
        fields.put("originatorConversationId", payout.originatorConversationId());
        switch (answer) {
            case StatusQuery.Asked asked -> {
                fields.put("outcome", "asked");
                fields.put("conversationId", asked.conversationId());
            }
            case StatusQuery.Unavailable unavailable -> {
                fields.put("outcome", "unavailable");
                fields.put("errorMessage", unavailable.reason());
            }
        }
        record(payout, AuditEventType.DARAJA_EXCHANGE, fields);
    }

    @Override
    public void callbackDisregarded(Payout payout, String callbackId, String decision) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("callbackId", callbackId);
        fields.put("decision", decision);
        record(payout, AuditEventType.CALLBACK_RECEIVED, fields);
    }

    private void record(Payout payout, AuditEventType type, Map<String, Object> fields) {
        audit.record(AuditEntry.of(type, AuditEntry.SYSTEM, "payout", payout.id()).withDetails(fields)
                .withMerchant(payout.merchantId()));
    }
}
