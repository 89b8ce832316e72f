package io.mpesagw.callback.reception.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A comma-separated list of IPv4/IPv6 addresses and CIDRs, as the address settings are written. */
final class AddressList {

    private final List<AddressRange> ranges;
    private final String text;

    private AddressList(List<AddressRange> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** @throws IllegalArgumentException naming {@code setting}, the bad entry and {@code example} */
    static AddressList parse(String commaSeparated, String setting, String example) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : commaSeparated == null ? new String[0] : commaSeparated.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(AddressRange.parse(entry.strip(), setting, example));
            }
        }
        return new AddressList(List.copyOf(ranges), commaSeparated == null ? "" : commaSeparated.strip());
    }

    /** Whether an address is inside one of the ranges; junk and host names never are. */
    boolean contains(String address) {
        Optional<byte[]> bytes = IpAddress.bytes(IpAddress.canonical(address));
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
