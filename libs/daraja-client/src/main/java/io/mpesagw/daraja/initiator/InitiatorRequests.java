package io.mpesagw.daraja.initiator;

import io.mpesagw.daraja.http.Redaction;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.security.SecurityCredential;
import tools.jackson.databind.node.ObjectNode;

/** The initiator part shared by every initiator API body, and what must be masked in answers. */
public final class InitiatorRequests {

    private InitiatorRequests() {
    }

    /**
     * Puts {@code nameField} (B2C: "InitiatorName"; the others: "Initiator") and a fresh SecurityCredential.
     * @return the secrets of this call, for masking anything Daraja echoes back
     */
    public static Redaction signIn(ObjectNode body, String nameField, InitiatorCredentials initiator,
            String accessToken) {
        SecurityCredential credential = initiator.securityCredential();
        body.put(nameField, initiator.initiatorName()).put("SecurityCredential", credential.value());
        return Redaction.of(accessToken, credential.value(), initiator.password());
    }
}
