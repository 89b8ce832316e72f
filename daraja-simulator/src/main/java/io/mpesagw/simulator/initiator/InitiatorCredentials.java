package io.mpesagw.simulator.initiator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Checks the initiator name and SecurityCredential of every initiator-API request, and locks the
 * API user after too many bad credentials in a row, as M-Pesa does (the exact count is hearsay,
 * so it is configurable).
 */
@Component
public class InitiatorCredentials {

    private final SecurityCredentialKey key;
    private final String initiatorName;
    private final byte[] password;
    private final int lockAfter;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    InitiatorCredentials(SecurityCredentialKey key, InitiatorProperties properties) {
        this.key = key;
        this.initiatorName = properties.name();
        this.password = properties.password().getBytes(StandardCharsets.UTF_8);
        this.lockAfter = properties.credentialLockAfter();
    }

    /**
     * An unknown name is invalid without counting (there is no such user to lock). For the known
     * user, the lock is checked first: once locked, even the right password gets 8006.
     */
    public CredentialVerdict verify(String presentedName, String securityCredential) {
        if (!initiatorName.equals(presentedName)) {
            return new CredentialVerdict.Invalid();
        }
        if (consecutiveFailures.get() >= lockAfter) {
            return new CredentialVerdict.Locked();
        }
        boolean matches = key.decrypt(securityCredential)
                .map(plaintext -> MessageDigest.isEqual(plaintext, password))
                .orElse(false);
        if (matches) {
            consecutiveFailures.set(0);
            return new CredentialVerdict.Accepted();
        }
        consecutiveFailures.incrementAndGet();
        return new CredentialVerdict.Invalid();
    }

    /** Unlocks the API user and forgets earlier failures (what an operator's password reset does). */
    public void unlock() {
        consecutiveFailures.set(0);
    }

    @Override
    public String toString() {
        return "InitiatorCredentials[initiatorName=" + initiatorName + ", lockAfter=" + lockAfter + "]";
    }
}
