package io.mpesagw.simulator.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.app.AppCall;
import io.mpesagw.simulator.app.DarajaApps;
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
    private final DarajaApps apps;

    OAuthController(AppCredentials credentials, AccessTokens tokens, SimulatorMetrics metrics, DarajaApps apps) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.metrics = metrics;
        this.apps = apps;
    }

    @GetMapping("/oauth/v1/generate")
    TokenResponse generate(
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        metrics.oauthCalled();
        String app = credentials.appOf(authorization).orElseThrow(DarajaRejection::invalidAuthentication);
        apps.count(app, AppCall.OAUTH);
        if (!"client_credentials".equals(grantType)) {
            throw DarajaRejection.invalidGrantType();
        }
        AccessTokens.IssuedToken issued = tokens.issue(app);
        // Daraja sends expires_in as a string, one second short of the real lifetime.
        return new TokenResponse(issued.accessToken(), Long.toString(issued.lifetime().toSeconds() - 1));
    }

    @JsonPropertyOrder({"access_token", "expires_in"})
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") String expiresIn) {
    }
}
