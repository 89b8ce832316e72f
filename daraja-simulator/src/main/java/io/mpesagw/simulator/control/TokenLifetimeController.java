package io.mpesagw.simulator.control;

import io.mpesagw.simulator.oauth.AccessTokens;
import java.time.Duration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control: the lifetime of tokens issued from now on (SIMULATOR_TOKEN_TTL_SECONDS at start), so a
 * test can watch a token expire in seconds without waiting an hour. Not part of Daraja.
 */
@RestController
class TokenLifetimeController {

    private static final String PATH = "/simulator/v1/tokens/lifetime";
    /** expires_in is the lifetime minus one second, and must stay positive. */
    static final long MIN_SECONDS = 2;
    /** One year: far beyond any real token, and far from Instant overflow. */
    static final long MAX_SECONDS = 365L * 24 * 3600;

    private final AccessTokens tokens;

    TokenLifetimeController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    TokenLifetime current() {
        return TokenLifetime.of(tokens.lifetime());
    }

    @PostMapping(PATH)
    TokenLifetime set(@RequestBody TokenLifetime requested) {
        Long seconds = requested.seconds();
        if (seconds == null || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new ControlRejection("seconds", "seconds must be a whole number from " + MIN_SECONDS
                    + " (expires_in is one second less) to " + MAX_SECONDS);
        }
        tokens.setLifetime(Duration.ofSeconds(seconds));
        return requested;
    }

    /** Back to SIMULATOR_TOKEN_TTL_SECONDS. */
    @DeleteMapping(PATH)
    TokenLifetime reset() {
        return TokenLifetime.of(tokens.resetLifetime());
    }

    record TokenLifetime(Long seconds) {

        static TokenLifetime of(Duration lifetime) {
            return new TokenLifetime(lifetime.toSeconds());
        }
    }
}
