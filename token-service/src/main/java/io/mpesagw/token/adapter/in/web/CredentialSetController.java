package io.mpesagw.token.adapter.in.web;

import io.mpesagw.kit.web.ApiException;
import io.mpesagw.kit.web.RequestIdFilter;
import io.mpesagw.token.application.Caller;
import io.mpesagw.token.application.CredentialSetInput;
import io.mpesagw.token.application.CredentialSetVault;
import io.mpesagw.token.domain.CredentialSetSummary;
import io.mpesagw.token.domain.StoredCredentialSet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The vault's internal API (README, token-service): the gateway stores a merchant's Daraja credential
 * set, payment-service opens it. Behind the internal bearer check like the token API.
 */
@RestController
class CredentialSetController {

    private final CredentialSetVault vault;

    CredentialSetController(CredentialSetVault vault) {
        this.vault = vault;
    }

    record SummaryResponse(String name, String environment, String shortcode, String shortcodeType, String tillNumber,
                           List<String> fieldsSet, String updatedAt) {

        static SummaryResponse of(CredentialSetSummary s) {
            return new SummaryResponse(s.name(), s.environment(), s.shortcode(), s.shortcodeType(), s.tillNumber(),
                    s.fieldsSet(), s.updatedAt() == null ? null : s.updatedAt().toString());
        }
    }

    /**
     * What a caller of Daraja needs besides a token: the STK passkey and the B2C initiator. The app's
     * consumer key and secret are left out on purpose: they never leave this service, callers get tokens.
     */
    record SecretsResponse(String name, String environment, String shortcode, String shortcodeType, String tillNumber,
                           String passkey, String initiatorName, String initiatorPassword) {

        static SecretsResponse of(StoredCredentialSet s) {
            return new SecretsResponse(s.name(), s.environment(), s.shortcode(), s.shortcodeType(), s.tillNumber(),
                    s.passkey(),
                    s.initiatorName(), s.initiatorPassword());
        }

        @Override
        public String toString() {
            return "SecretsResponse[" + name + ", secrets=****]";
        }
    }

    @PutMapping("/internal/v1/credential-sets/{name}")
    SummaryResponse replace(@PathVariable String name, @RequestBody JsonNode body, HttpServletRequest request) {
        CredentialSetInput input = StrictJsonBody.read(body, CredentialSetInput.class);
        return SummaryResponse.of(vault.replace(name, input, caller(request)));
    }

    @GetMapping("/internal/v1/credential-sets/{name}")
    SummaryResponse summary(@PathVariable String name) {
        return SummaryResponse.of(vault.summary(name).orElseThrow(() -> ApiException.notFound("credential set", name)));
    }

    /** Only sets stored here: the default set's shortcode and passkey are in payment-service's own environment. */
    @GetMapping("/internal/v1/credential-sets/{name}/secrets")
    ResponseEntity<SecretsResponse> secrets(@PathVariable String name, HttpServletRequest request) {
        StoredCredentialSet set = vault.openSecrets(name, caller(request))
                .orElseThrow(() -> ApiException.notFound("stored credential set", name));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(SecretsResponse.of(set));
    }

    private static Caller caller(HttpServletRequest request) {
        return new Caller(RequestIdFilter.idOf(request), request.getRemoteAddr());
    }
}
