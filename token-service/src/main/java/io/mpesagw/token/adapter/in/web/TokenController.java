package io.mpesagw.token.adapter.in.web;

import io.mpesagw.kit.web.ApiException;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenLeases;
import io.mpesagw.token.domain.TokenUnavailableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal token API (README, Configuration); the bearer check runs before it (InternalBearerCheck).
 * The path names the credential set (a merchant's Daraja app): "default" from the environment, others
 * from DARAJA_CREDENTIAL_SETS_FILE or stored in the vault (CredentialSetController).
 */
@RestController
class TokenController {

    private final TokenLeases leases;

    TokenController(TokenLeases leases) {
        this.leases = leases;
    }

    record TokenResponse(String accessToken, String expiresAt) {

        static TokenResponse of(LeasedToken token) {
            return new TokenResponse(token.value(), token.expiresAt().toString());
        }

        @Override
        public String toString() {
            return "TokenResponse[accessToken=****, expiresAt=" + expiresAt + "]";
        }
    }

    record InvalidationRequest(@NotBlank(message = "must be the access token Daraja refused") String accessToken) {

        @Override
        public String toString() {
            return "InvalidationRequest[accessToken=****]";
        }
    }

    @GetMapping("/internal/v1/tokens/{credentialSet}")
    ResponseEntity<TokenResponse> current(@PathVariable String credentialSet) {
        TokenLease lease = leaseOf(credentialSet);
        return answer(lease::current);
    }

    @PostMapping("/internal/v1/tokens/{credentialSet}/invalidations")
    ResponseEntity<TokenResponse> invalidate(@PathVariable String credentialSet,
            @Valid @RequestBody InvalidationRequest request) {
        TokenLease lease = leaseOf(credentialSet);
        return answer(() -> lease.invalidate(request.accessToken()));
    }

    private TokenLease leaseOf(String credentialSet) {
        return leases.of(credentialSet).orElseThrow(() -> ApiException.notFound("credential set", credentialSet));
    }

    private static ResponseEntity<TokenResponse> answer(Supplier<LeasedToken> token) {
        try {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(TokenResponse.of(token.get()));
        } catch (TokenUnavailableException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error", "token_unavailable", e.getMessage(), null);
        }
    }
}
