package io.mpesagw.simulator.initiator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control API for the initiator APIs: the certificate to encrypt with, and the credential lock. Not Daraja. */
@RestController
class InitiatorControlController {

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final SecurityCredentialKey key;
    private final InitiatorCredentials credentials;

    InitiatorControlController(SecurityCredentialKey key, InitiatorCredentials credentials) {
        this.key = key;
        this.credentials = credentials;
    }

    /** The simulator's counterpart of Safaricom's downloadable "SandboxCertificate.cer", as PEM. */
    @GetMapping("/simulator/v1/certificate")
    ResponseEntity<String> certificate() {
        return ResponseEntity.ok().contentType(PEM).body(key.certificatePem());
    }

    /** Unlocks the API user after Result 8006 and forgets earlier bad credentials. */
    @DeleteMapping("/simulator/v1/credential-lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock() {
        credentials.unlock();
    }
}
