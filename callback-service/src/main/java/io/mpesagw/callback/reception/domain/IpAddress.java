package io.mpesagw.callback.reception.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals as peers, allowlists and forwarded headers spell them. Never a DNS lookup. */
public final class IpAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern BRACKETED_WITH_PORT = Pattern.compile("\\[([^]]*)]:\\d{1,5}");

    private IpAddress() {
    }

    /** The address as stored and logged: brackets dropped, IPv4-mapped IPv6 ({@code ::ffff:1.2.3.4}) as IPv4. */
    public static String canonical(String address) {
        if (address == null) {
            return "";
        }
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.regionMatches(true, 0, "::ffff:", 0, 7) && IPV4.matcher(text.substring(7)).matches()) {
            return text.substring(7);
        }
        return text;
    }

    /** An X-Forwarded-For entry: some proxies add a port ({@code 1.2.3.4:5678}, {@code [2001:db8::1]:443}). */
    static String withoutPort(String entry) {
        String text = entry.strip();
        var bracketed = BRACKETED_WITH_PORT.matcher(text);
        if (bracketed.matches()) {
            return bracketed.group(1);
        }
        var ipv4 = IPV4_WITH_PORT.matcher(text);
        return ipv4.matches() ? ipv4.group(1) : text;
    }

    /** The address bytes of an IP literal (after {@link #canonical}); empty for anything else. */
    static Optional<byte[]> bytes(String text) {
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
}
