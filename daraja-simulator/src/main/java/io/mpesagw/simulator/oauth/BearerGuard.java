package io.mpesagw.simulator.oauth;

import io.mpesagw.simulator.daraja.DarajaRejection;
import org.springframework.stereotype.Component;

/** The bearer check in front of every Daraja API except OAuth itself. */
@Component
public class BearerGuard {

    private static final String BEARER = "Bearer";

    private final AccessTokens tokens;

    BearerGuard(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The STK/C2B flavour: 404.001.04 without a Bearer header, 404.001.03 for an unknown or expired
     * token. (B2C and the initiator APIs answer 401.002.01 instead: {@link #requireValidInitiatorToken}.)
     */
    public void requireValidToken(String authorization) {
        String[] schemeAndToken = authorization == null ? new String[0] : authorization.trim().split("\\s+", 2);
        if (schemeAndToken.length == 0 || !schemeAndToken[0].equalsIgnoreCase(BEARER)) {
            throw DarajaRejection.invalidAuthenticationHeader();
        }
        if (schemeAndToken.length < 2 || !tokens.isValid(schemeAndToken[1].trim())) {
            throw DarajaRejection.invalidAccessToken();
        }
    }

    /**
     * The B2C / Transaction Status / Account Balance / Reversal flavour: the same 404.001.04 without a
     * Bearer header, but 401.002.01 "Error Occurred - Invalid Access Token - &lt;token&gt;" for a bad token.
     */
    public void requireValidInitiatorToken(String authorization) {
        String[] schemeAndToken = authorization == null ? new String[0] : authorization.trim().split("\\s+", 2);
        if (schemeAndToken.length == 0 || !schemeAndToken[0].equalsIgnoreCase(BEARER)) {
            throw DarajaRejection.invalidAuthenticationHeader();
        }
        String token = schemeAndToken.length < 2 ? "" : schemeAndToken[1].trim();
        if (!tokens.isValid(token)) {
            throw DarajaRejection.invalidAccessTokenEchoed(token);
        }
    }
}
