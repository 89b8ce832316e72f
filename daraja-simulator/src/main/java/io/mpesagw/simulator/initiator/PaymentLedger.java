package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.ScheduledTasks;
import io.mpesagw.simulator.daraja.EastAfricaTime;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.stereotype.Component;

/**
 * The payments the simulator completed: B2C payouts, successful STK pushes and C2B payments, by
 * receipt (and B2C payouts also by OriginatorConversationID), so Transaction Status can find them and
 * Reversal can reverse customer payments once. Entries are forgotten after a day, which bounds
 * memory in long benchmark runs.
 */
@Component
public class PaymentLedger {

    private static final Duration RETENTION = Duration.ofHours(24);

    private final Map<String, BookedPayment> byReceipt = new ConcurrentHashMap<>();
    private final Map<String, BookedPayment> byOriginatorConversationId = new ConcurrentHashMap<>();
    private final Set<String> reversedReceipts = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler;
    private final Clock clock;

    PaymentLedger(ScheduledExecutorService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @PostConstruct
    void startJanitor() {
        ScheduledTasks.everyPeriod(scheduler, "payment ledger janitor",
                () -> forgetCompletedBefore(EastAfricaTime.now(clock).minus(RETENTION)));
    }

    public void book(BookedPayment payment) {
        byReceipt.put(payment.receipt(), payment);
        if (payment.originatorConversationId() != null) {
            byOriginatorConversationId.put(payment.originatorConversationId(), payment);
        }
    }

    public Optional<BookedPayment> byReceipt(String receipt) {
        return Optional.ofNullable(byReceipt.get(receipt));
    }

    public Optional<BookedPayment> byOriginatorConversationId(String originatorConversationId) {
        return Optional.ofNullable(byOriginatorConversationId.get(originatorConversationId));
    }

    /** @return false when the receipt was reversed before (only the first reversal wins) */
    public boolean markReversed(String receipt) {
        return reversedReceipts.add(receipt);
    }

    private void forgetCompletedBefore(LocalDateTime cutoff) {
        byReceipt.values().removeIf(payment -> {
            boolean old = payment.completedAt().isBefore(cutoff);
            if (old) {
                if (payment.originatorConversationId() != null) {
                    byOriginatorConversationId.remove(payment.originatorConversationId());
                }
                reversedReceipts.remove(payment.receipt());
            }
            return old;
        });
    }
}
