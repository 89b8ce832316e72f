package io.mpesagw.simulator.initiator;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API user (initiator) the B2C, Transaction Status, Account Balance and Reversal APIs accept,
 * and where the simulator's SecurityCredential certificate comes from. Bound from
 * {@code SIMULATOR_INITIATOR_*}, {@code SIMULATOR_CREDENTIAL_LOCK_AFTER} and
 * {@code SIMULATOR_CERTIFICATE_*} / {@code SIMULATOR_PRIVATE_KEY_FILE} (see application.yml).
 * File settings are strings because an unset variable arrives as "" and means "not set".
 */
@ConfigurationProperties("simulator.initiator")
public record InitiatorProperties(
        String name,
        String password,
        int credentialLockAfter,
        String certificateFile,
        String privateKeyFile,
        String certificateOut) {

    public InitiatorProperties {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("SIMULATOR_INITIATOR_NAME is not set: it must hold the initiator "
                    + "(API user) name the initiator APIs accept, e.g. testapi");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("SIMULATOR_INITIATOR_PASSWORD is not set: it must hold the "
                    + "initiator password that SecurityCredential encrypts");
        }
        if (credentialLockAfter < 1) {
            throw new IllegalArgumentException(
                    "SIMULATOR_CREDENTIAL_LOCK_AFTER must be at least 1, got " + credentialLockAfter);
        }
        if (path(certificateFile).isPresent() != path(privateKeyFile).isPresent()) {
            throw new IllegalArgumentException("SIMULATOR_CERTIFICATE_FILE and SIMULATOR_PRIVATE_KEY_FILE go "
                    + "together: set both (PEM files of one key pair) or neither (a key pair is generated)");
        }
    }

    /** The certificate and private key PEM files to load, when both are set. */
    public Optional<KeyFiles> keyFiles() {
        return path(certificateFile).map(certificate -> new KeyFiles(certificate, path(privateKeyFile).orElseThrow()));
    }

    /** Where to write the certificate PEM at start-up, if anywhere. */
    public Optional<Path> certificateOutPath() {
        return path(certificateOut);
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.trim()));
    }

    @Override
    public String toString() {
        // The initiator password never reaches a log or a failure report.
        return "InitiatorProperties[name=" + name + ", password=****, credentialLockAfter=" + credentialLockAfter
                + ", certificateFile=" + certificateFile + ", privateKeyFile=" + privateKeyFile
                + ", certificateOut=" + certificateOut + "]";
    }

    public record KeyFiles(Path certificate, Path privateKey) {
    }
}
