package io.mpesagw.callback.reception.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies (CALLBACK_TRUSTED_PROXIES) whose X-Forwarded-For is believed. Anyone can send
 * that header, so it counts only when the TCP peer is one of these proxies. The client is then the
 * right-most entry that is not itself a trusted proxy: each proxy appends the address it saw, and
 * everything to the left of that was written by the caller and may be forged.
 */
public final class TrustedProxies {

    private static final String EXAMPLE = "e.g. 127.0.0.1,10.0.0.0/8 (empty: no forwarded header is believed)";
    /** The longest IP literal is 45 characters; anything past that is not an address. */
    private static final int MAX_ADDRESS_CHARS = 45;

    private final AddressList proxies;

    private TrustedProxies(AddressList proxies) {
        this.proxies = proxies;
    }

    /** Blank means none. @throws IllegalArgumentException naming the bad entry */
    public static TrustedProxies parse(String commaSeparated) {
        return new TrustedProxies(AddressList.parse(commaSeparated, "CALLBACK_TRUSTED_PROXIES", EXAMPLE));
    }

    /**
     * The address a callback came from.
     *
     * @param peerAddress the TCP peer, as the servlet container reports it
     * @param forwardedFor every X-Forwarded-For header value, in the order received
     */
    public String clientAddress(String peerAddress, List<String> forwardedFor) {
        String client = IpAddress.canonical(peerAddress);
        if (!proxies.contains(client)) {
            return client;
        }
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = printable(IpAddress.canonical(IpAddress.withoutPort(hops.get(i))));
            if (!proxies.contains(client)) {
                return client;
            }
        }
        // Only trusted proxies on the way (or no header): the left-most one is the best we know.
        return client;
    }

    public boolean isEmpty() {
        return proxies.isEmpty();
    }

    private static List<String> hops(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    /** A junk entry is still stored and logged as the source (and never allowed): keep it short and inert. */
    private static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= MAX_ADDRESS_CHARS ? cleaned : cleaned.substring(0, MAX_ADDRESS_CHARS) + "...";
    }

    @Override
    public String toString() {
        return "TrustedProxies[" + proxies + "]";
    }
}
