package io.mpesagw.token.adapter.out.daraja;

import io.mpesagw.daraja.oauth.AccessToken;
import io.mpesagw.daraja.oauth.DarajaAuthException;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches tokens from Daraja OAuth with one app's consumer key and secret. */
public final class DarajaTokenSource implements TokenSource {

    private static final Logger log = LoggerFactory.getLogger(DarajaTokenSource.class);

    private final DarajaOAuthClient oauth;
    private final String consumerKey;
    private final String consumerSecret;

    public DarajaTokenSource(DarajaOAuthClient oauth, String consumerKey, String consumerSecret) {
        this.oauth = oauth;
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
    }

    @Override
    public LeasedToken fetch() throws TokenSourceException {
        try {
            AccessToken token = oauth.fetchToken(consumerKey, consumerSecret);
            log.info("fetched a Daraja token valid until {}", token.expiresAt());
            return new LeasedToken(token.value(), token.expiresAt());
        } catch (DarajaAuthException e) {
            // DarajaAuthException messages never carry the key, secret or a token.
            log.warn("Daraja OAuth failed ({}): {}", e.reason(), e.getMessage());
            String hint = e.reason() == DarajaAuthException.Reason.REFUSED
                    ? " Check DARAJA_CONSUMER_KEY / DARAJA_CONSUMER_SECRET and DARAJA_BASE_URL." : "";
            throw new TokenSourceException(e.getMessage() + "." + hint, e);
        }
    }

    @Override
    public String toString() {
        return "DarajaTokenSource[consumerKey=****]";
    }
}
