package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.app.DarajaApps;
import io.mpesagw.simulator.daraja.DarajaRejection;
import org.springframework.stereotype.Component;

/**
 * The M-Pesa Express merchant check: the BusinessShortCode must be one a known app holds, and the
 * Password must be made with that shortcode's passkey, whichever app's token carries the request
 * (sandbox shortcode 174379 is shared by every developer's app, so Daraja does not tie them).
 */
@Component
class StkMerchant {

    private final DarajaApps apps;

    StkMerchant(DarajaApps apps) {
        this.apps = apps;
    }

    /** Daraja's order: an unknown shortcode is refused before the password is looked at. */
    void verify(String shortcode, String password, String timestamp) {
        String passkey = apps.stkPasskey(shortcode)
                .orElseThrow(() -> DarajaRejection.stkRefusal("Merchant does not exist"));
        if (!StkPassword.matches(password, shortcode, passkey, timestamp)) {
            throw DarajaRejection.stkRefusal("Wrong credentials");
        }
    }
}
