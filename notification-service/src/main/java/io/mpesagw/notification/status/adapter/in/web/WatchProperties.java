package io.mpesagw.notification.status.adapter.in.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How browsers watch a payment.
 *
 * @param signingKey CHECKOUT_WATCH_SIGNING_KEY, shared with api-gateway, which issues the tokens
 * @param allowedOrigins CHECKOUT_ALLOWED_ORIGINS: exact origins of the checkout page (no wildcard)
 * @param keepAlive how often an idle stream gets a comment, so proxies do not cut it
 * @param streamTimeout how long one stream may stay open; EventSource reconnects by itself
 */
@ConfigurationProperties("notification.watch")
public record WatchProperties(
        String signingKey,
        List<String> allowedOrigins,
        @DefaultValue("PT15S") Duration keepAlive,
        @DefaultValue("PT30M") Duration streamTimeout) {

    public WatchProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().map(String::strip)
                .filter(origin -> !origin.isEmpty()).toList();
        for (String origin : allowedOrigins) {
            if (!origin.matches("https?://[^/*\\s]+")) {
                throw new IllegalArgumentException("CHECKOUT_ALLOWED_ORIGINS entry '" + origin
                        + "' is not an origin: use scheme://host[:port] such as https://pay.example.com, no wildcard or path");
            }
        }
    }

    @Override
    public String toString() {
        return "WatchProperties[signingKey=****, allowedOrigins=" + allowedOrigins + ", keepAlive=" + keepAlive
                + ", streamTimeout=" + streamTimeout + "]";
    }
}
