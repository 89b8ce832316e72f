package io.mpesagw.gateway.admin.application;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.KeyPrefix;
import io.mpesagw.kit.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Guards {@code /admin/v1/...} with one operator token ({@code GATEWAY_ADMIN_TOKEN}). No token
 * configured means no admin API at all. The admin paths are for operators and auditors on the
 * internal network: an ingress in front of the gateway should not route {@code /admin/} from outside.
 */
@Service
public class AdminAuthentication {

    /** Shorter tokens are refused at start-up: they could be guessed. */
    public static final int MIN_TOKEN_LENGTH = 32;

    private final byte[] expectedDigest;

    public AdminAuthentication(GatewaySettings settings) {
        String token = settings.adminToken();
        if (token == null || token.isBlank()) {
            expectedDigest = null;
        } else if (token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("GATEWAY_ADMIN_TOKEN must be at least " + MIN_TOKEN_LENGTH
                    + " characters (it was shorter; its value is not shown)");
        } else {
            expectedDigest = sha256(token.strip());
        }
    }

    public void authenticate(String authorizationHeader) {
        if (expectedDigest == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "permission_error", "admin_api_disabled",
                    "The admin API is switched off on this gateway: an operator enables it by setting GATEWAY_ADMIN_TOKEN.",
                    null);
        }
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            throw invalid("Send the admin token as 'Authorization: Bearer <GATEWAY_ADMIN_TOKEN>'.");
        }
        String token = authorizationHeader.substring(7).strip();
        if (KeyPrefix.of(token).filter(prefix -> prefix.kind() == KeyKind.PUBLISHABLE).isPresent()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "authentication_error", "secret_key_required",
                    "A publishable key (pk_...) is for browsers and can call no admin endpoint: send the admin token.",
                    null);
        }
        // digests of equal length, compared in constant time: the comparison leaks neither content nor length
        if (!MessageDigest.isEqual(expectedDigest, sha256(token))) {
            throw invalid("The admin token is not valid.");
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "authentication_error", "invalid_admin_token", message, null);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
