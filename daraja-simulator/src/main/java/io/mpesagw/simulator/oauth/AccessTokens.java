package io.mpesagw.simulator.oauth;

import io.mpesagw.simulator.SimulatorProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The access tokens issued so far, the app each was issued to and when each expires. Several may be
 * valid at once: callers widely rely on that, whatever the Daraja FAQ says about invalidation.
 */
@Component
public class AccessTokens {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int TOKEN_LENGTH = 28;

    private final Map<String, Grant> grantByToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration configuredLifetime;
    private final AtomicReference<Duration> lifetime;

    public AccessTokens(Clock clock, SimulatorProperties properties) {
        this.clock = clock;
        this.configuredLifetime = properties.tokenTtl();
        this.lifetime = new AtomicReference<>(configuredLifetime);
    }

    /** A new token for the app with this consumer key. */
    public IssuedToken issue(String consumerKey) {
        Instant now = clock.instant();
        grantByToken.values().removeIf(grant -> !grant.expiry().isAfter(now));
        String token = randomToken();
        Duration issuedFor = lifetime.get();
        grantByToken.put(token, new Grant(consumerKey, now.plus(issuedFor)));
        return new IssuedToken(token, issuedFor);
    }

    /** How long tokens issued from now on live. */
    public Duration lifetime() {
        return lifetime.get();
    }

    /**
     * Test control: tokens issued from now on live this long; tokens already issued keep their expiry,
     * as a real token's lifetime is fixed when Daraja issues it.
     */
    public void setLifetime(Duration newLifetime) {
        lifetime.set(newLifetime);
    }

    /** Back to SIMULATOR_TOKEN_TTL_SECONDS. @return that lifetime */
    public Duration resetLifetime() {
        lifetime.set(configuredLifetime);
        return configuredLifetime;
    }

    /** Test control: every token issued so far stops working now. @return how many were still valid */
    public int expireAll() {
        Instant now = clock.instant();
        int valid = (int) grantByToken.values().stream().filter(grant -> grant.expiry().isAfter(now)).count();
        grantByToken.clear();
        return valid;
    }

    /** The consumer key of the app an unexpired token was issued to. */
    public Optional<String> appOf(String token) {
        Grant grant = grantByToken.get(token);
        return grant != null && grant.expiry().isAfter(clock.instant()) ? Optional.of(grant.consumerKey())
                : Optional.empty();
    }

    private String randomToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return token.toString();
    }

    public record IssuedToken(String accessToken, Duration lifetime) {
    }

    private record Grant(String consumerKey, Instant expiry) {
    }
}
