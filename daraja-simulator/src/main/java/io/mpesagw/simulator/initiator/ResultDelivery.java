package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.ScheduledTasks;
import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.callback.CallbackDelay;
import io.mpesagw.simulator.callback.CallbackKind;
import io.mpesagw.simulator.callback.CallbackSender;
import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Posts a Result to ResultURL (or QueueTimeOutURL) after the callback delay, over real HTTP from
 * the callback source address, the way M-Pesa answers the initiator APIs asynchronously. Test
 * control can change the delay and drop or duplicate these callbacks (kind {@code result}).
 */
@Component
public class ResultDelivery {

    private final ResultBody resultBody;
    private final CallbackSender callbacks;
    private final ScheduledExecutorService scheduler;
    private final SimulatorMetrics metrics;
    private final CallbackDelay delay;

    ResultDelivery(ResultBody resultBody, CallbackSender callbacks, ScheduledExecutorService scheduler,
            SimulatorMetrics metrics, CallbackDelay delay) {
        this.resultBody = resultBody;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.delay = delay;
    }

    /** Runs {@code beforeSending} (e.g. book the payment) just before the POST, so a query sees it. */
    public void postLater(URI url, InitiatorResult result, Runnable beforeSending) {
        byte[] json = resultBody.of(result);
        scheduler.schedule(ScheduledTasks.guarded("Result " + result.conversationId(), () -> {
            beforeSending.run();
            metrics.resultCallbackPosted();
            callbacks.post(CallbackKind.RESULT, url, json, result.conversationId());
        }), delay.current().toMillis(), TimeUnit.MILLISECONDS);
    }

    public void postLater(URI url, InitiatorResult result) {
        postLater(url, result, () -> { });
    }
}
