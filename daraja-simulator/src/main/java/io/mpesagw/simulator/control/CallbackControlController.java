package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.callback.CallbackDelay;
import io.mpesagw.simulator.callback.CallbackFaults;
import io.mpesagw.simulator.callback.CallbackKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Test control: when callbacks come, and whether the next ones are dropped or sent twice. Not part of Daraja. */
@RestController
class CallbackControlController {

    private static final int MAX_COUNT = 10_000;

    private final CallbackDelay delay;
    private final CallbackFaults faults;

    CallbackControlController(CallbackDelay delay, CallbackFaults faults) {
        this.delay = delay;
        this.faults = faults;
    }

    @GetMapping("/simulator/v1/callbacks/delay")
    DelaySetting currentDelay() {
        return new DelaySetting(delay.current().toMillis());
    }

    @PutMapping("/simulator/v1/callbacks/delay")
    DelaySetting setDelay(@RequestBody DelaySetting setting) {
        if (setting.delayMs() == null || setting.delayMs() < 0 || setting.delayMs() > CallbackDelay.MAX.toMillis()) {
            throw new ControlRejection("delayMs", "delayMs must be from 0 to " + CallbackDelay.MAX.toMillis());
        }
        delay.set(Duration.ofMillis(setting.delayMs()));
        return setting;
    }

    /** Back to SIMULATOR_CALLBACK_DELAY_MS. */
    @DeleteMapping("/simulator/v1/callbacks/delay")
    DelaySetting resetDelay() {
        return new DelaySetting(delay.reset().toMillis());
    }

    @PostMapping("/simulator/v1/callbacks/faults")
    ArmedCallbackFault arm(@RequestBody CallbackFaultRequest request) {
        CallbackKind kind = CallbackKind.fromLabel(request.kind()).orElseThrow(() ->
                new ControlRejection("kind", "kind must be stk, c2b or result"));
        CallbackFaults.Action action = switch (request.action() == null ? "" : request.action()) {
            case "drop" -> CallbackFaults.Action.DROP;
            case "duplicate" -> CallbackFaults.Action.DUPLICATE;
            default -> throw new ControlRejection("action", "action must be drop or duplicate");
        };
        int count = request.count() == null ? 1 : request.count();
        if (count < 1 || count > MAX_COUNT) {
            throw new ControlRejection("count", "count must be from 1 to " + MAX_COUNT + " (default 1)");
        }
        int queued = faults.arm(kind, action, count);
        return new ArmedCallbackFault(kind.label(), action.label(), count, queued);
    }

    /** The actions still waiting, per kind, in the order they will be used. */
    @GetMapping("/simulator/v1/callbacks/faults")
    Map<String, List<String>> pendingFaults() {
        Map<String, List<String>> pending = new LinkedHashMap<>();
        faults.pending().forEach((kind, actions) ->
                pending.put(kind.label(), actions.stream().map(CallbackFaults.Action::label).toList()));
        return pending;
    }

    @DeleteMapping("/simulator/v1/callbacks/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearFaults() {
        faults.clear();
    }

    record DelaySetting(Long delayMs) {
    }

    record CallbackFaultRequest(String kind, String action, Integer count) {
    }

    @JsonPropertyOrder({"kind", "action", "count", "queued"})
    record ArmedCallbackFault(String kind, String action, int count, int queued) {
    }
}
