package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.app.DarajaApps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Checks the initiator name and SecurityCredential of every initiator-API request against the
 * initiators of the known apps, and locks an API user after too many bad credentials in a row, as
 * M-Pesa does (the exact count is hearsay, so it is configurable).
 */
@Component
public class InitiatorCredentials {

    private final SecurityCredentialKey key;
    private final DarajaApps apps;
    private final int lockAfter;
    private final Map<String, AtomicInteger> consecutiveFailures = new ConcurrentHashMap<>();

    InitiatorCredentials(SecurityCredentialKey key, DarajaApps apps, InitiatorProperties properties) {
        this.key = key;
        this.apps = apps;
        this.lockAfter = properties.credentialLockAfter();
    }

    /**
     * An unknown name is invalid without counting (there is no such user to lock). For a known
     * user, the lock is checked first: once locked, even the right password gets 8006.
     */
    public CredentialVerdict verify(String presentedName, String securityCredential) {
        Optional<String> password = apps.initiatorPassword(presentedName);
        if (password.isEmpty()) {
            return new CredentialVerdict.Invalid();
        }
        AtomicInteger failures = consecutiveFailures.computeIfAbsent(presentedName, name -> new AtomicInteger());
        if (failures.get() >= lockAfter) {
            return new CredentialVerdict.Locked();
        }
        byte[] expected = password.get().getBytes(StandardCharsets.UTF_8);
        boolean matches = key.decrypt(securityCredential)
                .map(plaintext -> MessageDigest.isEqual(plaintext, expected))
                .orElse(false);
        if (matches) {
            failures.set(0);
            return new CredentialVerdict.Accepted();
        }
        failures.incrementAndGet();
        return new CredentialVerdict.Invalid();
    }

    /** Unlocks every API user and forgets earlier failures (what an operator's password reset does). */
    public void unlock() {
        consecutiveFailures.clear();
    }

    @Override
    public String toString() {
        return "InitiatorCredentials[lockAfter=" + lockAfter + "]";
    }
}
