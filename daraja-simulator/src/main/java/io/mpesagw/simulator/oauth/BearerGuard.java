package io.mpesagw.simulator.oauth;

import io.mpesagw.simulator.app.DarajaApps;
import io.mpesagw.simulator.daraja.DarajaRejection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The bearer check in front of every Daraja API except OAuth itself. A token is good while it has
 * not expired and its app is still known (tokens of a forgotten app stop working).
 */
@Component
public class BearerGuard {

    private static final String BEARER = "Bearer";

    private final AccessTokens tokens;
    private final DarajaApps apps;

    BearerGuard(AccessTokens tokens, DarajaApps apps) {
        this.tokens = tokens;
        this.apps = apps;
    }

    /**
     * The STK/C2B flavour: 404.001.04 without a Bearer header, 404.001.03 for an unknown or expired
     * token. (B2C and the initiator APIs answer 401.002.01 instead: {@link #requireValidInitiatorToken}.)
     * @return the consumer key of the token's app
     */
    public String requireValidToken(String authorization) {
        String[] schemeAndToken = authorization == null ? new String[0] : authorization.trim().split("\\s+", 2);
        if (schemeAndToken.length == 0 || !schemeAndToken[0].equalsIgnoreCase(BEARER)) {
            throw DarajaRejection.invalidAuthenticationHeader();
        }
        String token = schemeAndToken.length < 2 ? "" : schemeAndToken[1].trim();
        return appOf(token).orElseThrow(DarajaRejection::invalidAccessToken);
    }

    /**
     * The B2C / Transaction Status / Account Balance / Reversal flavour: the same 404.001.04 without a
     * Bearer header, but 401.002.01 "Error Occurred - Invalid Access Token - &lt;token&gt;" for a bad token.
     * @return the consumer key of the token's app
     */
    public String requireValidInitiatorToken(String authorization) {
        String[] schemeAndToken = authorization == null ? new String[0] : authorization.trim().split("\\s+", 2);
        if (schemeAndToken.length == 0 || !schemeAndToken[0].equalsIgnoreCase(BEARER)) {
            throw DarajaRejection.invalidAuthenticationHeader();
        }
        String token = schemeAndToken.length < 2 ? "" : schemeAndToken[1].trim();
        return appOf(token).orElseThrow(() -> DarajaRejection.invalidAccessTokenEchoed(token));
    }

    private Optional<String> appOf(String token) {
        return tokens.appOf(token).filter(apps::isKnown);
    }
}
