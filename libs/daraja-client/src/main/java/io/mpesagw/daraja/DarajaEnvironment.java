package io.mpesagw.daraja;

import java.util.Locale;

/**
 * Which M-Pesa the gateway talks to. Decides the initiator certificate: Safaricom's sandbox and
 * production certificates differ, and the simulator decrypts with a key pair of its own.
 */
public enum DarajaEnvironment {
    SANDBOX, PRODUCTION, SIMULATOR;

    /** {@code sandbox}, {@code production} or {@code simulator}, any case; blank means sandbox. */
    public static DarajaEnvironment of(String name) {
        if (name == null || name.isBlank()) {
            return SANDBOX;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the M-Pesa environment must be 'sandbox', 'production' or 'simulator', got '" + name + "'");
        }
    }
}
