package io.mpesagw.token.adapter.out.daraja;

import io.mpesagw.daraja.oauth.AccessToken;
import io.mpesagw.daraja.oauth.DarajaAuthException;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.RefreshRequest;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches tokens from Daraja OAuth with one credential set's consumer key and secret, as they are at each refresh. */
public final class DarajaTokenSource implements TokenSource {

    private static final Logger log = LoggerFactory.getLogger(DarajaTokenSource.class);

    private final String credentialSet;
    private final DarajaOAuthClient oauth;
    private final AppCredentials.Lookup credentials;
    private final Clock clock;

    public DarajaTokenSource(String credentialSet, DarajaOAuthClient oauth, AppCredentials.Lookup credentials,
            Clock clock) {
        this.credentialSet = credentialSet;
        this.oauth = oauth;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public LeasedToken fetch(RefreshRequest request) throws TokenSourceException {
        AppCredentials app = credentials.current();
        Instant asked = clock.instant();
        try {
            AccessToken token = oauth.fetchToken(app.consumerKey(), app.consumerSecret());
            log.info("fetched a Daraja token for credential set '{}' valid until {} ({})", credentialSet,
                    token.expiresAt(), request.getClass().getSimpleName());
            return new LeasedToken(token.value(), asked, token.expiresAt());
        } catch (DarajaAuthException e) {
            // DarajaAuthException messages never carry the key, secret or a token.
            log.warn("Daraja OAuth failed for credential set '{}' ({}): {}", credentialSet, e.reason(), e.getMessage());
            String hint = e.reason() == DarajaAuthException.Reason.REFUSED
                    ? " Check the consumer key and secret of credential set '" + credentialSet + "' and DARAJA_BASE_URL." : "";
            throw new TokenSourceException(e.getMessage() + "." + hint, e);
        }
    }

    @Override
    public String toString() {
        return "DarajaTokenSource[" + credentialSet + ", consumerKey=****]";
    }
}
