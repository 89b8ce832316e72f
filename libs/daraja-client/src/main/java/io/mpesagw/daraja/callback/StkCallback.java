package io.mpesagw.daraja.callback;

import java.math.BigDecimal;

/**
 * One STK result as Daraja posted it. Metadata fields are null when absent (always on failures).
 * {@code phoneNumber} and {@code transactionDate} are strings of digits (Daraja sends them as numbers
 * too large for an int); {@code resultCode} is text because some codes are not numeric (SFC_IC0003).
 */
public record StkCallback(String merchantRequestId, String checkoutRequestId, String resultCode, String resultDesc,
        BigDecimal amount, String mpesaReceiptNumber, String phoneNumber, String transactionDate) {

    public boolean succeeded() {
        return "0".equals(resultCode);
    }
}
