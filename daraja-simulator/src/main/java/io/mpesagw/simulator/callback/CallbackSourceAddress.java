package io.mpesagw.simulator.callback;

import io.mpesagw.simulator.SimulatorProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The local address callbacks are sent from: starts at SIMULATOR_CALLBACK_SOURCE_ADDRESS and can be
 * changed while the simulator runs (test control), so a test can watch the gateway's source
 * allowlist turn a callback away without restarting anything.
 */
@Component
public class CallbackSourceAddress {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final InetAddress configured;
    private final AtomicReference<InetAddress> current;

    public CallbackSourceAddress(SimulatorProperties properties) {
        this.configured = resolve(properties.callbackSourceAddress());
        this.current = new AtomicReference<>(configured);
    }

    public InetAddress current() {
        return current.get();
    }

    /**
     * Only IPv4 loopback literals (127/8): every one of them is local on Linux, so a bind cannot fail
     * later in the middle of a callback, and no name is ever looked up.
     */
    public static Optional<InetAddress> loopbackLiteral(String text) {
        Matcher matcher = text == null ? null : LOOPBACK_V4.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        byte[] octets = {127, 0, 0, 0};
        for (int group = 1; group <= 3; group++) {
            int octet = Integer.parseInt(matcher.group(group));
            if (octet > 255) {
                return Optional.empty();
            }
            octets[group] = (byte) octet;
        }
        try {
            return Optional.of(InetAddress.getByAddress(octets));
        } catch (UnknownHostException impossible) {
            return Optional.empty();
        }
    }

    public void set(InetAddress address) {
        if (loopbackLiteral(address.getHostAddress()).isEmpty()) {
            throw new IllegalArgumentException("callbacks may only be moved to a 127/8 address");
        }
        current.set(address);
    }

    /** Back to SIMULATOR_CALLBACK_SOURCE_ADDRESS. */
    public InetAddress reset() {
        current.set(configured);
        return configured;
    }

    private static InetAddress resolve(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException unknown) {
            throw new IllegalStateException(
                    "SIMULATOR_CALLBACK_SOURCE_ADDRESS '" + address + "' is not an address of this machine", unknown);
        }
    }
}
