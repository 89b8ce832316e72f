package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.ScheduledTasks;
import io.mpesagw.simulator.SimulatorProperties;
import io.mpesagw.simulator.callback.CallbackDelay;
import io.mpesagw.simulator.callback.CallbackKind;
import io.mpesagw.simulator.callback.CallbackSender;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The person holding the phone: answers each prompt after the callback delay (or lets it expire),
 * which frees the subscriber for the next push and triggers Daraja's callback.
 */
@Component
class SimulatedCustomer {

    /** Long enough for any reconciliation query, short enough to bound memory in benchmarks. */
    private static final Duration RESOLVED_RETENTION = Duration.ofHours(24);

    private final StkPrompts prompts;
    private final StkCallbackBody callbackBody;
    private final CallbackSender callbacks;
    private final StkReceipts receipts;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final CallbackDelay callbackDelay;
    private final Duration promptExpiry;

    SimulatedCustomer(StkPrompts prompts, StkCallbackBody callbackBody, CallbackSender callbacks,
            StkReceipts receipts, ScheduledExecutorService scheduler, Clock clock, SimulatorProperties properties,
            CallbackDelay callbackDelay) {
        this.prompts = prompts;
        this.callbackBody = callbackBody;
        this.callbacks = callbacks;
        this.receipts = receipts;
        this.scheduler = scheduler;
        this.clock = clock;
        this.callbackDelay = callbackDelay;
        this.promptExpiry = properties.promptExpiry();
    }

    @PostConstruct
    void startJanitor() {
        ScheduledTasks.everyPeriod(scheduler, "prompt janitor",
                () -> prompts.forgetResolvedBefore(clock.instant().minus(RESOLVED_RETENTION)));
    }

    void answerLater(StkPrompt prompt) {
        Duration wait = switch (prompt.outcome()) {
            case StkOutcome.Paid paid -> callbackDelay.current();
            case StkOutcome.Declined declined -> callbackDelay.current();
            case StkOutcome.NoCallback silent -> promptExpiry;
        };
        scheduler.schedule(ScheduledTasks.guarded(prompt.checkoutRequestId(), () -> answer(prompt)), wait.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void answer(StkPrompt prompt) {
        // Resolve before sending, so a gateway that queries on receipt of the callback sees the result.
        prompts.resolve(prompt, clock.instant());
        prompts.releaseSubscriber(prompt.phoneNumber());
        // The money moves whether or not a callback is ever sent (or dropped), so it is booked first.
        String receipt = "0".equals(prompt.outcome().resultCode()) ? receipts.issue(prompt) : null;
        if (!(prompt.outcome() instanceof StkOutcome.NoCallback)) {
            callbacks.post(CallbackKind.STK, prompt.callBackUrl(), callbackBody.of(prompt, receipt),
                    prompt.checkoutRequestId());
        }
    }

}
