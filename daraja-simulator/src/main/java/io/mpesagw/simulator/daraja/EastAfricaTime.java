package io.mpesagw.simulator.daraja;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Daraja speaks Kenyan local time (EAT, UTC+3) in timestamps and ids. */
public final class EastAfricaTime {

    public static final ZoneId ZONE = ZoneId.of("Africa/Nairobi");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private EastAfricaTime() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    /** yyyyMMddHHmmss as a number, the way the STK callback's TransactionDate carries it. */
    public static long compactNumber(Clock clock) {
        return Long.parseLong(COMPACT.format(now(clock)));
    }
}
