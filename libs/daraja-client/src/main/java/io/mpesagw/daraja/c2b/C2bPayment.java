package io.mpesagw.daraja.c2b;

import io.mpesagw.daraja.http.Fields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A C2B validation or confirmation request. {@code msisdn} is as sent: full in sandbox v1
 * ("254708374149"), masked ("25470****149", "2547 ***** 126") or hashed in v2 and production.
 * {@code orgAccountBalance} is null in validation (blank) and set in confirmation. Times as sent
 * (yyyyMMddHHmmss). Confirmations repeat: be idempotent on {@code transId}.
 */
public record C2bPayment(String transactionType, String transId, String transTime, BigDecimal transAmount,
        String businessShortCode, String billRefNumber, String invoiceNumber, BigDecimal orgAccountBalance,
        String thirdPartyTransId, String msisdn, String firstName, String middleName, String lastName) {

    /** The payer's number in 2547…/2541… form, when Daraja sent it in full. */
    public Optional<String> fullMsisdn() {
        return msisdn != null && msisdn.matches("254[71]\\d{8}") ? Optional.of(msisdn) : Optional.empty();
    }

    @Override
    public String toString() {
        return "C2bPayment[transactionType=" + transactionType + ", transId=" + transId + ", transTime=" + transTime
                + ", transAmount=" + transAmount + ", businessShortCode=" + businessShortCode + ", billRefNumber="
                + billRefNumber + ", invoiceNumber=" + invoiceNumber + ", orgAccountBalance=" + orgAccountBalance
                + ", thirdPartyTransId=" + thirdPartyTransId + ", msisdn=" + Fields.maskedMsisdn(msisdn) + "]";
    }
}
