package io.mpesagw.daraja.stk;

/**
 * Everything an STK push needs. PartyA is the paying {@code phoneNumber}; {@code partyB} is the
 * paybill, or the till for Buy Goods. {@code transactionDesc} is the only optional field.
 */
public record StkPushRequest(String businessShortCode, String passkey, String timestamp,
        TransactionType transactionType, long amount, String phoneNumber, String partyB, String callbackUrl,
        String accountReference, String transactionDesc) {

    public StkPushRequest {
        require(businessShortCode, "businessShortCode");
        require(passkey, "passkey");
        require(timestamp, "timestamp");
        if (!timestamp.matches("\\d{14}")) {
            throw new IllegalArgumentException("timestamp must be 14 digits yyyyMMddHHmmss, got '" + timestamp + "'");
        }
        if (transactionType == null) {
            throw new IllegalArgumentException("transactionType is required");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1 whole shilling, got " + amount);
        }
        require(phoneNumber, "phoneNumber");
        require(partyB, "partyB");
        require(callbackUrl, "callbackUrl");
        require(accountReference, "accountReference");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required for an STK push");
        }
    }

    @Override
    public String toString() {
        return "StkPushRequest[businessShortCode=" + businessShortCode + ", passkey=****, timestamp=" + timestamp
                + ", transactionType=" + transactionType + ", amount=" + amount + ", phoneNumber="
                + masked(phoneNumber) + ", partyB=" + partyB + ", callbackUrl=" + origin(callbackUrl)
                + ", accountReference=" + accountReference + ", transactionDesc=" + transactionDesc + "]";
    }

    /** The callback path carries an unguessable per-payment token: logs show only the origin. */
    private static String origin(String url) {
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        return pathStart < 0 || url.indexOf("//") < 0 ? "****" : url.substring(0, pathStart) + "/****";
    }

    /** Phone numbers are personal data: logs show 2547****149. */
    private static String masked(String phone) {
        return phone.length() < 8 ? "****" : phone.substring(0, 4) + "****" + phone.substring(phone.length() - 3);
    }
}
