package io.mpesagw.simulator.daraja;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Identifiers in the formats Daraja issues today (daraja-facts.md, section 12). */
@Component
public class DarajaIds {

    private static final DateTimeFormatter CHECKOUT_TIME = DateTimeFormatter.ofPattern("ddMMyyyyHHmmss");
    private static final String DAYS = "123456789ABCDEFGHIJKLMNOPQRSTUV";
    private static final String RECEIPT_TAIL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Clock clock;
    // Daraja's ids end in a growing decimal counter; start somewhere plausible rather than at 1.
    private final AtomicLong counter = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 99_999));

    public DarajaIds(Clock clock) {
        this.clock = clock;
    }

    /** e.g. {@code f0ab-49c2-ab1d-1f9d840b305512458}; also the shape of an error's requestId. */
    public String merchantRequestId() {
        String hex = HexFormat.of().formatHex(randomBytes(12));
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-"
                + hex.substring(12, 24) + counter.incrementAndGet();
    }

    public String requestId() {
        return merchantRequestId();
    }

    /**
     * {@code ws_CO_} + EAT time as ddMMyyyyHHmmss + milliseconds (unpadded) + the last nine digits of
     * the MSISDN, e.g. {@code ws_CO_17092025232543250708374149}. {@code millisShift} lets a caller
     * step past a collision.
     */
    public String checkoutRequestId(String msisdn, int millisShift) {
        LocalDateTime now = EastAfricaTime.now(clock).plusNanos(millisShift * 1_000_000L);
        int millis = now.getNano() / 1_000_000;
        return "ws_CO_" + CHECKOUT_TIME.format(now) + millis + msisdn.substring(msisdn.length() - 9);
    }

    /** A 10-character receipt: year letter (L=2017), month letter (A=Jan), day (1-9, A=10..V=31), digit, 6 random. */
    public String mpesaReceipt() {
        LocalDateTime now = EastAfricaTime.now(clock);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder receipt = new StringBuilder(10)
                .append((char) ('A' + Math.floorMod(now.getYear() - 2006, 26)))
                .append((char) ('A' + now.getMonthValue() - 1))
                .append(DAYS.charAt(now.getDayOfMonth() - 1))
                .append(random.nextInt(10));
        for (int i = 0; i < 6; i++) {
            receipt.append(RECEIPT_TAIL.charAt(random.nextInt(RECEIPT_TAIL.length())));
        }
        return receipt.toString();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
