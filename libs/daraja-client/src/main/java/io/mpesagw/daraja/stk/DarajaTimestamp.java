package io.mpesagw.daraja.stk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Daraja's Timestamp: 14 digits in Kenyan time, the same value that goes into the Password. */
public final class DarajaTimestamp {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Africa/Nairobi"));

    private DarajaTimestamp() {
    }

    /** yyyyMMddHHmmss in Africa/Nairobi. */
    public static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
