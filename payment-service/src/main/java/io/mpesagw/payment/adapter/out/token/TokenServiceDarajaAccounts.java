package io.mpesagw.payment.adapter.out.token;

import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.application.DarajaAccount.Initiator;
import io.mpesagw.payment.application.DarajaAccount.ShortcodeType;
import io.mpesagw.payment.application.DarajaAccounts;
import io.mpesagw.payment.domain.Payment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment's own account from its settings; a merchant's from token-service's
 * {@code GET /internal/v1/credential-sets/{name}/secrets}, kept in memory for a short while so that a
 * burst of payments reads it once. Only found sets are kept: a set created a moment ago is found at once.
 */
public class TokenServiceDarajaAccounts implements DarajaAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI baseUrl;
    private final SharedSecret internalToken;
    private final HttpClient http;
    private final DarajaAccount defaultAccount;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(DarajaAccount account, Instant until) {
    }

    public TokenServiceDarajaAccounts(URI baseUrl, SharedSecret internalToken, HttpClient http,
            DarajaAccount defaultAccount, Duration cacheTtl, Clock clock) {
        this.baseUrl = baseUrl;
        this.internalToken = internalToken;
        this.http = http;
        this.defaultAccount = defaultAccount;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    @Override
    public AccountLookup lookUp(String credentialSet) {
        if (Payment.DEFAULT_CREDENTIAL_SET.equals(credentialSet)) {
            return new AccountLookup.Found(defaultAccount);
        }
        Instant now = clock.instant();
        Kept hit = kept.get(credentialSet);
        if (hit != null && now.isBefore(hit.until())) {
            return new AccountLookup.Found(hit.account());
        }
        AccountLookup read = read(credentialSet);
        if (read instanceof AccountLookup.Found found && cacheTtl.isPositive()) {
            kept.put(credentialSet, new Kept(found.account(), now.plus(cacheTtl)));
        } else if (read instanceof AccountLookup.Unknown) {
            kept.remove(credentialSet);
        }
        return read;
    }

    private AccountLookup read(String credentialSet) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/internal/v1/credential-sets/"
                        + TokenServiceClient.pathSegment(credentialSet) + "/secrets"))
                .header("Authorization", internalToken.asBearer()).timeout(Duration.ofSeconds(15)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200 -> new AccountLookup.Found(accountOf(credentialSet, JSON.readTree(response.body())));
                case 404 -> new AccountLookup.Unknown(credentialSet);
                default -> new AccountLookup.Unavailable("token-service answered HTTP " + response.statusCode()
                        + " for credential set " + credentialSet);
            };
        } catch (IOException e) {
            return new AccountLookup.Unavailable("token-service unreachable: " + e.getMessage());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // the message could quote the body, which holds secrets: name the set only
            return new AccountLookup.Unavailable("token-service answered an unreadable credential set " + credentialSet);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AccountLookup.Unavailable("interrupted while reading credential set " + credentialSet);
        }
    }

    private static DarajaAccount accountOf(String credentialSet, JsonNode set) {
        String shortcode = required(set, "shortcode");
        String initiatorName = optional(set, "initiatorName");
        String initiatorPassword = optional(set, "initiatorPassword");
        Initiator initiator = initiatorName == null || initiatorPassword == null ? null
                : new Initiator(initiatorName, initiatorPassword);
        ShortcodeType type = ShortcodeType.valueOf(required(set, "shortcodeType").toUpperCase(Locale.ROOT));
        // a till's store number is the shortcode; the till customers pay comes apart (README, token-service)
        String tillNumber = type == ShortcodeType.TILL ? required(set, "tillNumber") : null;
        return new DarajaAccount(credentialSet, shortcode, type, tillNumber, required(set, "passkey"),
                initiator == null ? null : shortcode, initiator);
    }

    private static String required(JsonNode set, String field) {
        String value = optional(set, field);
        if (value == null) {
            throw new IllegalArgumentException("credential set without " + field);
        }
        return value;
    }

    private static String optional(JsonNode set, String field) {
        JsonNode value = set.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    @Override
    public String toString() {
        return "TokenServiceDarajaAccounts[" + baseUrl + ", cacheTtl=" + cacheTtl + ", kept=" + kept.size() + "]";
    }
}
