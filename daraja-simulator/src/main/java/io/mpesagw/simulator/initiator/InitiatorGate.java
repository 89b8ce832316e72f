package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.app.AppCall;
import io.mpesagw.simulator.app.DarajaApps;
import io.mpesagw.simulator.daraja.DarajaJsonBody;
import io.mpesagw.simulator.daraja.RequestFields;
import io.mpesagw.simulator.oauth.BearerGuard;
import org.springframework.stereotype.Component;

/**
 * The checks in front of every initiator API, in Daraja's order: bearer token (401.002.01 flavour),
 * then Content-Type and JSON. (The method is checked by Spring before the handler runs.)
 */
@Component
public class InitiatorGate {

    private final BearerGuard bearer;
    private final DarajaJsonBody jsonBody;
    private final DarajaApps apps;

    InitiatorGate(BearerGuard bearer, DarajaJsonBody jsonBody, DarajaApps apps) {
        this.bearer = bearer;
        this.jsonBody = jsonBody;
        this.apps = apps;
    }

    public RequestFields open(String authorization, String contentType, byte[] body) {
        bearer.requireValidInitiatorToken(authorization);
        return jsonBody.read(contentType, body);
    }

    /** As {@link #open}, counting the call on the token's app once the token is good. */
    public RequestFields open(AppCall call, String authorization, String contentType, byte[] body) {
        apps.count(bearer.requireValidInitiatorToken(authorization), call);
        return jsonBody.read(contentType, body);
    }
}
