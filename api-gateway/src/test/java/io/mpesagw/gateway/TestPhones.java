package io.mpesagw.gateway;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phone numbers for tests: a phone with a payment in flight refuses the next push (409 phone_busy), so a
 * test that is not about that pays from a number of its own.
 */
public final class TestPhones {

    private static final AtomicInteger NEXT = new AtomicInteger(100_000);

    private TestPhones() {
    }

    /** A Safaricom number, as a customer types it, that no other caller of this method in this JVM got. */
    public static String next() {
        return "0712" + String.format("%06d", NEXT.getAndIncrement() % 1_000_000);
    }

    /** The same number for the same name, e.g. a payment's reference, so that a retried body stays equal. */
    public static String forName(String name) {
        return "0713" + String.format("%06d", Math.floorMod(name.hashCode(), 1_000_000));
    }

    /** {@code 0712345678} as the gateway stores it: {@code 254712345678}. */
    public static String msisdn(String local) {
        return "254" + local.substring(1);
    }
}
