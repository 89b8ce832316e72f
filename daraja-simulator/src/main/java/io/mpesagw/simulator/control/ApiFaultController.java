package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.fault.ApiFault;
import io.mpesagw.simulator.fault.ApiFaultPlan;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Test control: the next N calls to the Daraja APIs (all, or one path) fail. Not part of Daraja. */
@RestController
class ApiFaultController {

    private static final Pattern DARAJA_PATH = Pattern.compile("/(mpesa|oauth)/\\S+");
    private static final int MAX_COUNT = 100_000;

    private final ApiFaultPlan plan;

    ApiFaultController(ApiFaultPlan plan) {
        this.plan = plan;
    }

    @PostMapping("/simulator/v1/faults")
    ArmedFault arm(@RequestBody FaultRequest request) {
        int count = request.count() == null ? 1 : request.count();
        if (count < 1 || count > MAX_COUNT) {
            throw new ControlRejection("count", "count must be from 1 to " + MAX_COUNT + " (default 1)");
        }
        if (request.path() != null && !DARAJA_PATH.matcher(request.path()).matches()) {
            throw new ControlRejection("path",
                    "path must be a Daraja API path such as /mpesa/stkpush/v1/processrequest, or absent for all");
        }
        ApiFault fault = request.toFault();
        plan.arm(fault, request.path(), count);
        return ArmedFault.of(new ApiFaultPlan.Armed(fault, request.path(), count));
    }

    @GetMapping("/simulator/v1/faults")
    List<ArmedFault> armed() {
        return plan.armed().stream().map(ArmedFault::of).toList();
    }

    @DeleteMapping("/simulator/v1/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        plan.clear();
    }

    @JsonPropertyOrder({"fault", "path", "status", "errorCode", "errorMessage", "body", "delayMs", "remaining"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArmedFault(String fault, String path, Integer status, String errorCode, String errorMessage, String body,
            Long delayMs, int remaining) {

        static ArmedFault of(ApiFaultPlan.Armed armed) {
            return switch (armed.fault()) {
                case ApiFault.SpikeArrest spike -> shown(armed, null, null, null, null);
                case ApiFault.QuotaViolation quota -> shown(armed, null, null, null, null);
                case ApiFault.ServerError error -> shown(armed, error.status(), null, null, null);
                case ApiFault.DarajaErrorAnswer error ->
                        shown(armed, error.status(), error.errorCode(), error.errorMessage(), null);
                case ApiFault.RawAnswer raw -> shown(armed, raw.status(), null, null, raw.body().label());
                case ApiFault.LostAnswer lost -> new ArmedFault(lost.label(), armed.path(), null, null, null, null,
                        lost.delayMs(), armed.remaining());
            };
        }

        private static ArmedFault shown(ApiFaultPlan.Armed armed, Integer status, String errorCode,
                String errorMessage, String body) {
            return new ArmedFault(armed.fault().label(), armed.path(), status, errorCode, errorMessage, body, null,
                    armed.remaining());
        }
    }
}
