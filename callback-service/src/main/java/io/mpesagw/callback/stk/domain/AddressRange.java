package io.mpesagw.callback.stk.domain;

import java.util.Arrays;

/** One allowlist entry: an IPv4 or IPv6 network and its prefix length (a single address is a /32 or /128). */
record AddressRange(byte[] network, int prefixLength) {

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
