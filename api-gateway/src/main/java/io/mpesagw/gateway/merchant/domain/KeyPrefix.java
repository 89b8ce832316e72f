package io.mpesagw.gateway.merchant.domain;

import java.util.Optional;

/** The readable start of a key ({@code sk_test_}, {@code pk_live_}...): says what the key is, not who holds it. */
public record KeyPrefix(KeyKind kind, KeyMode mode) {

    public String text() {
        return kind.prefix() + "_" + mode.wireName() + "_";
    }

    /** The prefix a presented key starts with, if it is one of ours. */
    public static Optional<KeyPrefix> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (KeyKind kind : KeyKind.values()) {
            for (KeyMode mode : KeyMode.values()) {
                KeyPrefix prefix = new KeyPrefix(kind, mode);
                if (key.startsWith(prefix.text())) {
                    return Optional.of(prefix);
                }
            }
        }
        return Optional.empty();
    }
}
