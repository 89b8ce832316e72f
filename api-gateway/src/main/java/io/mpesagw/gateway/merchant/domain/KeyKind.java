package io.mpesagw.gateway.merchant.domain;

import java.util.Locale;

/**
 * What a key may do. A secret key ({@code sk_}) stays on the merchant's server and calls the
 * merchant API; a publishable key ({@code pk_}) may be shipped to browsers, so it must never be
 * accepted where a secret key is required.
 */
public enum KeyKind {
    SECRET("sk"),
    PUBLISHABLE("pk");

    private final String prefix;

    KeyKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
