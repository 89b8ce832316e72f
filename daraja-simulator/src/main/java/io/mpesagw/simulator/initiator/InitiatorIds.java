package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.daraja.DarajaIds;
import io.mpesagw.simulator.daraja.EastAfricaTime;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The identifiers of the initiator APIs, in the formats of daraja-facts.md section 12. */
@Component
public class InitiatorIds {

    private static final DateTimeFormatter CONVERSATION_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String HEX = "0123456789abcdef";

    private final DarajaIds ids;
    private final Clock clock;
    // The middle part of M-Pesa's old OriginatorConversationIDs grows like a counter.
    private final AtomicLong legacyCounter =
            new AtomicLong(ThreadLocalRandom.current().nextLong(30_000_000, 39_999_999));

    InitiatorIds(DarajaIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code AG_yyyyMMdd_} + 20 hex characters, e.g. {@code AG_20230217_20207d67d6bea6a82db2}. */
    public String conversationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder("AG_").append(CONVERSATION_DATE.format(EastAfricaTime.now(clock)))
                .append('_');
        for (int i = 0; i < 20; i++) {
            id.append(HEX.charAt(random.nextInt(HEX.length())));
        }
        return id.toString();
    }

    /** What M-Pesa generates for APIs that take none: today's form, e.g. {@code bf47-4a79-a5e6-6bd68fe3b14e5682}. */
    public String originatorConversationId() {
        return ids.merchantRequestId();
    }

    /** The older form the B2C v1 API answers with, e.g. {@code 16740-34861180-1}. */
    public String legacyOriginatorConversationId() {
        return ThreadLocalRandom.current().nextInt(10_000, 99_999) + "-" + legacyCounter.incrementAndGet() + "-1";
    }

    /** A receipt for money that moved, e.g. {@code TIH5E7ZVSZ}. */
    public String receipt() {
        return ids.mpesaReceipt();
    }

    /** The TransactionID of a query that moved no money: today's date letters + zeros, e.g. {@code UAV0000000}. */
    public String queryTransactionId() {
        return ids.mpesaReceipt().substring(0, 3) + "0000000";
    }
}
