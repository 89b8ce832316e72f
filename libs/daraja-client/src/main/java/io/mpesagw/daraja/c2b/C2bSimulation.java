package io.mpesagw.daraja.c2b;

import io.mpesagw.daraja.http.Fields;
import io.mpesagw.daraja.stk.TransactionType;

/** A sandbox-only customer payment to {@code shortCode}; {@code billRefNumber} is the account (paybill only). */
public record C2bSimulation(String shortCode, TransactionType commandId, long amount, String msisdn,
        String billRefNumber) {

    public C2bSimulation {
        Fields.shortCode(shortCode, "shortCode");
        if (commandId == null) {
            throw new IllegalArgumentException("commandId is required (CustomerPayBillOnline or CustomerBuyGoodsOnline)");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("a C2B amount must be at least 1 whole shilling, got " + amount);
        }
        Fields.msisdn(msisdn, "msisdn");
        if (commandId == TransactionType.CUSTOMER_PAY_BILL_ONLINE) {
            Fields.required(billRefNumber, "billRefNumber (the account number of a paybill payment)");
        }
    }

    @Override
    public String toString() {
        return "C2bSimulation[shortCode=" + shortCode + ", commandId=" + commandId + ", amount=" + amount
                + ", msisdn=" + Fields.maskedMsisdn(msisdn) + ", billRefNumber=" + billRefNumber + "]";
    }
}
