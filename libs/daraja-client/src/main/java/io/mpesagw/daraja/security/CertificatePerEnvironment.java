package io.mpesagw.daraja.security;

import io.mpesagw.daraja.DarajaEnvironment;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * Where each environment's certificate lives (configuration). Only the chosen environment's file
 * must exist, so a sandbox deployment need not hold the production certificate.
 */
public record CertificatePerEnvironment(Path sandbox, Path production, Path simulator) {

    public X509Certificate select(DarajaEnvironment environment) {
        if (environment == null) {
            throw new IllegalArgumentException("an M-Pesa environment is required to choose the certificate");
        }
        Path file = switch (environment) {
            case SANDBOX -> sandbox;
            case PRODUCTION -> production;
            case SIMULATOR -> simulator;
        };
        if (file == null) {
            throw new IllegalArgumentException("no initiator certificate is configured for the "
                    + environment.name().toLowerCase(java.util.Locale.ROOT) + " environment; download it from the "
                    + "Daraja portal (sandbox/production) or use the simulator's certificate");
        }
        return MpesaCertificate.read(file);
    }
}
