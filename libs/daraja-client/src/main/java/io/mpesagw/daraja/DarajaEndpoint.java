package io.mpesagw.daraja;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Daraja lives and how long to wait for it. {@code readTimeout} bounds each request until the
 * response headers arrive; {@code connectTimeout} belongs to the {@link HttpClient} (see {@link #newHttpClient()}).
 * The whole answer, body included, must arrive within {@link #answerDeadline()}.
 */
public record DarajaEndpoint(URI baseUrl, Duration connectTimeout, Duration readTimeout) {

    public static final URI SANDBOX = URI.create("https://sandbox.safaricom.co.ke");
    public static final URI PRODUCTION = URI.create("https://api.safaricom.co.ke");

    public DarajaEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl is required, e.g. https://sandbox.safaricom.co.ke");
        if (baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, got '" + baseUrl + "'");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /**
     * The one switch: {@code MPESA_ENV} ({@code sandbox} or {@code production}) picks Safaricom's host,
     * unless an explicit base URL (the simulator, locally) is given; {@code simulator} requires one.
     * The same value picks the initiator certificate ({@link DarajaEnvironment}).
     */
    public static URI baseUrlFor(String mpesaEnv, String explicitBaseUrl) {
        if (explicitBaseUrl != null && !explicitBaseUrl.isBlank()) {
            return URI.create(explicitBaseUrl.strip());
        }
        return switch (mpesaEnv == null || mpesaEnv.isBlank() ? "sandbox" : mpesaEnv.strip()) {
            case "sandbox" -> SANDBOX;
            case "production" -> PRODUCTION;
            case "simulator" -> throw new IllegalArgumentException(
                    "MPESA_ENV 'simulator' needs an explicit Daraja base URL: the simulator's address");
            default -> throw new IllegalArgumentException("MPESA_ENV must be 'sandbox' or 'production', got '" + mpesaEnv + "'");
        };
    }

    /** An HTTP client with this endpoint's connect timeout; share one per process. */
    public HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The JDK's request timeout stops at the response headers, so a body that stalls after them would
     * hang a caller for ever; the clients give up on the whole exchange after this long.
     */
    public Duration answerDeadline() {
        return connectTimeout.plus(readTimeout);
    }

    /** {@code path} starts with a slash, e.g. {@code /mpesa/stkpush/v1/processrequest}. */
    public URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
