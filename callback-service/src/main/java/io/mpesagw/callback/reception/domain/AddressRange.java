package io.mpesagw.callback.reception.domain;

import java.util.Arrays;

/** One list entry: an IPv4 or IPv6 network and its prefix length (a single address is a /32 or /128). */
record AddressRange(byte[] network, int prefixLength) {

    /** @throws IllegalArgumentException naming the setting, the bad entry and {@code example} */
    static AddressRange parse(String entry, String setting, String example) {
        int slash = entry.indexOf('/');
        String addressPart = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = IpAddress.bytes(IpAddress.canonical(addressPart)).orElseThrow(() -> new IllegalArgumentException(
                setting + " entry '" + entry + "' is not an IP address or CIDR; " + example));
        int maxPrefix = network.length * 8;
        int prefix = maxPrefix;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > maxPrefix) {
                throw new IllegalArgumentException(setting + " entry '" + entry
                        + "' has a bad prefix length; use 0-" + maxPrefix + ", " + example);
            }
        }
        return new AddressRange(network, prefix);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        if (!Arrays.equals(network, 0, fullBytes, address, 0, fullBytes)) {
            return false;
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (network[fullBytes] & mask) == (address[fullBytes] & mask);
    }
}
