package io.mpesagw.daraja.stk;

/** A final STK result read by query; {@code resultCode} uses the callback's codes, as text. */
public record StkQueryResult(String merchantRequestId, String checkoutRequestId, String resultCode, String resultDesc) {

    public boolean succeeded() {
        return "0".equals(resultCode);
    }
}
