package io.mpesagw.simulator.mode;

import java.util.Locale;

/**
 * Which Daraja environment the simulator imitates ({@code SIMULATOR_MODE}). The differences are
 * the ones Safaricom documents or that show in real traffic (daraja-facts.md, section 8).
 */
public enum SimulatorMode {

    SANDBOX("https://internalsandbox.safaricom.co.ke"),
    PRODUCTION("http://internalapi.safaricom.co.ke");

    private final String internalHost;

    SimulatorMode(String internalHost) {
        this.internalHost = internalHost;
    }

    /** @throws IllegalArgumentException naming {@code SIMULATOR_MODE} and the accepted values */
    public static SimulatorMode parse(String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (SimulatorMode mode : values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("SIMULATOR_MODE must be sandbox or production, got '" + value + "'");
    }

    /** Production refuses http:// callback URLs (CallBackURL, ResultURL, QueueTimeOutURL, C2B URLs). */
    public boolean requiresHttpsCallbackUrls() {
        return this == PRODUCTION;
    }

    /** The C2B simulate API exists only in the sandbox. */
    public boolean offersC2bSimulate() {
        return this == SANDBOX;
    }

    /** Production registers a shortcode's C2B URLs once; the sandbox lets you register again. */
    public boolean allowsC2bReRegistration() {
        return this == SANDBOX;
    }

    /** Scheme and host of Safaricom's internal URLs as Result callbacks show them. */
    public String internalHost() {
        return internalHost;
    }

    /**
     * The internal Safaricom URL that Result callbacks name in their {@code QueueTimeoutURL}
     * ReferenceItem, e.g. {@code queueTimeoutUrl("/mpesa/b2cresults/v1/submit")}: the host is how a
     * gateway can tell which environment answered.
     */
    public String queueTimeoutUrl(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got " + path);
        }
        return internalHost + path;
    }

    /** Lower case, the way SIMULATOR_MODE is written. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
