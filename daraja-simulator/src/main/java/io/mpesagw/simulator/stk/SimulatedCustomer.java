package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.SimulatorProperties;
import io.mpesagw.simulator.callback.CallbackSender;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The person holding the phone: answers each prompt after the callback delay (or lets it expire),
 * which frees the subscriber for the next push and triggers Daraja's callback.
 */
@Component
class SimulatedCustomer {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCustomer.class);
    /** Long enough for any reconciliation query, short enough to bound memory in benchmarks. */
    private static final Duration RESOLVED_RETENTION = Duration.ofHours(24);
    private static final Duration JANITOR_PERIOD = Duration.ofMinutes(10);

    private final StkPrompts prompts;
    private final StkCallbackBody callbackBody;
    private final CallbackSender callbacks;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration callbackDelay;
    private final Duration promptExpiry;

    SimulatedCustomer(StkPrompts prompts, StkCallbackBody callbackBody, CallbackSender callbacks,
            ScheduledExecutorService scheduler, Clock clock, SimulatorProperties properties) {
        this.prompts = prompts;
        this.callbackBody = callbackBody;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.callbackDelay = properties.callbackDelay();
        this.promptExpiry = properties.promptExpiry();
    }

    @PostConstruct
    void startJanitor() {
        long period = JANITOR_PERIOD.toMillis();
        scheduler.scheduleWithFixedDelay(
                guarded("prompt janitor", () -> prompts.forgetResolvedBefore(clock.instant().minus(RESOLVED_RETENTION))),
                period, period, TimeUnit.MILLISECONDS);
    }

    void answerLater(StkPrompt prompt) {
        Duration wait = switch (prompt.outcome()) {
            case StkOutcome.Paid paid -> callbackDelay;
            case StkOutcome.Declined declined -> callbackDelay;
            case StkOutcome.NoCallback silent -> promptExpiry;
        };
        scheduler.schedule(guarded(prompt.checkoutRequestId(), () -> answer(prompt)), wait.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void answer(StkPrompt prompt) {
        // Resolve before sending, so a gateway that queries on receipt of the callback sees the result.
        prompts.resolve(prompt, clock.instant());
        prompts.releaseSubscriber(prompt.phoneNumber());
        if (!(prompt.outcome() instanceof StkOutcome.NoCallback)) {
            callbacks.post(prompt.callBackUrl(), callbackBody.of(prompt), prompt.checkoutRequestId());
        }
    }

    /** An exception inside a scheduled task would vanish silently; log it instead. */
    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException failure) {
                log.error("Scheduled task for {} failed", what, failure);
            }
        };
    }
}
