package io.mpesagw.gateway.merchant.domain;

import java.util.Locale;

/** Test keys move no real money; live keys do. The mode is part of the key's text, like Stripe's. */
public enum KeyMode {
    TEST,
    LIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
