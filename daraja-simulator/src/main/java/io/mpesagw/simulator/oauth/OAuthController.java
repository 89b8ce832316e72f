package io.mpesagw.simulator.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.daraja.DarajaRejection;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /oauth/v1/generate?grant_type=client_credentials} with HTTP Basic. */
@RestController
class OAuthController {

    private final AppCredentials credentials;
    private final AccessTokens tokens;
    private final SimulatorMetrics metrics;

    OAuthController(AppCredentials credentials, AccessTokens tokens, SimulatorMetrics metrics) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.metrics = metrics;
    }

    @GetMapping("/oauth/v1/generate")
    TokenResponse generate(
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        metrics.oauthCalled();
        if (!credentials.acceptBasic(authorization)) {
            throw DarajaRejection.invalidAuthentication();
        }
        if (!"client_credentials".equals(grantType)) {
            throw DarajaRejection.invalidGrantType();
        }
        AccessTokens.IssuedToken issued = tokens.issue();
        // Daraja sends expires_in as a string, one second short of the real lifetime.
        return new TokenResponse(issued.accessToken(), Long.toString(issued.lifetime().toSeconds() - 1));
    }

    @JsonPropertyOrder({"access_token", "expires_in"})
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") String expiresIn) {
    }
}
