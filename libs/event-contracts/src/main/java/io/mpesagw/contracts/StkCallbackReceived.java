package io.mpesagw.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of an STK push as Safaricom reported it. Codes are kept as strings because Daraja
 * sends them as numbers in callbacks and as strings elsewhere (and some are not numeric at all).
 *
 * @param callbackId callback-service's id of the stored raw callback (for tracing and audit)
 * @param amount the callback's Amount item; null when the callback carries no metadata (failures)
 * @param phoneNumber the callback's PhoneNumber item as digits; null on failures
 */
public record StkCallbackReceived(
        String callbackId,
        String paymentId,
        String merchantRequestId,
        String checkoutRequestId,
        String resultCode,
        String resultDesc,
        BigDecimal amount,
        String mpesaReceiptNumber,
        String phoneNumber,
        String transactionDate,
        Instant receivedAt) implements CallbackResult {

    public StkCallbackReceived {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(checkoutRequestId, "checkoutRequestId");
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public boolean succeeded() {
        return "0".equals(resultCode);
    }
}
