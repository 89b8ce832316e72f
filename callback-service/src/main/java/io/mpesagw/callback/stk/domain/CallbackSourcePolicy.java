package io.mpesagw.callback.stk.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which network addresses may post callbacks (CALLBACK_ALLOWED_SOURCES): comma-separated IPv4/IPv6
 * addresses and CIDRs. Safaricom's list changes without notice, so this is one defence among several,
 * never the only one. Forwarded headers are not trusted: the address is the TCP peer's.
 */
public final class CallbackSourcePolicy {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String EXAMPLE = "e.g. 196.201.214.200,196.201.212.0/24,127.0.0.0/8 (0.0.0.0/0,::/0 allows any)";

    private final List<AddressRange> ranges;
    private final String description;

    private CallbackSourcePolicy(List<AddressRange> ranges, String description) {
        this.ranges = ranges;
        this.description = description;
    }

    /** @throws IllegalArgumentException naming the bad entry and what is accepted */
    public static CallbackSourcePolicy parse(String commaSeparated) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : commaSeparated == null ? new String[0] : commaSeparated.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(range(entry.strip()));
            }
        }
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("CALLBACK_ALLOWED_SOURCES is empty; list addresses or CIDRs, " + EXAMPLE);
        }
        return new CallbackSourcePolicy(List.copyOf(ranges), commaSeparated.strip());
    }

    /** Whether a peer address (as the servlet container reports it) is on the list; junk is never allowed. */
    public boolean allows(String peerAddress) {
        Optional<byte[]> address = literal(canonical(peerAddress));
        return address.isPresent() && ranges.stream().anyMatch(range -> range.contains(address.get()));
    }

    /** The address as stored and logged: IPv4-mapped IPv6 ({@code ::ffff:1.2.3.4}) becomes plain IPv4. */
    public static String canonical(String peerAddress) {
        if (peerAddress == null) {
            return "";
        }
        String address = peerAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (address.regionMatches(true, 0, "::ffff:", 0, 7) && IPV4.matcher(address.substring(7)).matches()) {
            return address.substring(7);
        }
        return address;
    }

    private static AddressRange range(String entry) {
        int slash = entry.indexOf('/');
        String addressPart = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = literal(canonical(addressPart)).orElseThrow(() -> new IllegalArgumentException(
                "CALLBACK_ALLOWED_SOURCES entry '" + entry + "' is not an IP address or CIDR; " + EXAMPLE));
        int maxPrefix = network.length * 8;
        int prefix = maxPrefix;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > maxPrefix) {
                throw new IllegalArgumentException("CALLBACK_ALLOWED_SOURCES entry '" + entry
                        + "' has a bad prefix length; use 0-" + maxPrefix + ", " + EXAMPLE);
            }
        }
        return new AddressRange(network, prefix);
    }

    /** Parses only IP literals: a host name here must never cause a DNS lookup. */
    private static Optional<byte[]> literal(String text) {
        String address = text.contains("%") ? text.substring(0, text.indexOf('%')) : text;
        boolean ipv4 = IPV4.matcher(address).matches();
        if (!ipv4 && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        if (ipv4 && !octetsInRange(address)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean octetsInRange(String ipv4) {
        for (String octet : ipv4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "CallbackSourcePolicy[" + description + "]";
    }
}
