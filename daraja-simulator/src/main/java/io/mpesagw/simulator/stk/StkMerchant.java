package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.daraja.DarajaRejection;

/** The M-Pesa Express merchant the simulator knows: one shortcode and its passkey. */
public record StkMerchant(String shortcode, String passkey) {

    /** Daraja's order: an unknown shortcode is refused before the password is looked at. */
    public void verify(String presentedShortcode, String password, String timestamp) {
        if (!shortcode.equals(presentedShortcode)) {
            throw DarajaRejection.stkRefusal("Merchant does not exist");
        }
        if (!StkPassword.matches(password, shortcode, passkey, timestamp)) {
            throw DarajaRejection.stkRefusal("Wrong credentials");
        }
    }

    @Override
    public String toString() {
        return "StkMerchant[shortcode=" + shortcode + "]";
    }
}
