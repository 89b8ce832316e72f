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
    private static final int DEFAULT_STATUS = 503;

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
        ApiFault fault = faultOf(request);
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

    private static ApiFault faultOf(FaultRequest request) {
        String fault = request.fault() == null ? "" : request.fault();
        if (request.status() != null && !fault.equals("server-error")) {
            throw new ControlRejection("status", "status applies to the server-error fault only");
        }
        return switch (fault) {
            case "spike-arrest" -> new ApiFault.SpikeArrest();
            case "quota" -> new ApiFault.QuotaViolation();
            case "server-error" -> {
                int status = request.status() == null ? DEFAULT_STATUS : request.status();
                if (status < 500 || status > 599) {
                    throw new ControlRejection("status", "status must be from 500 to 599 (default 503)");
                }
                yield new ApiFault.ServerError(status);
            }
            default -> throw new ControlRejection("fault", "fault must be spike-arrest, quota or server-error");
        };
    }

    /** {@code path} absent = every Daraja API; {@code status} only for server-error. */
    record FaultRequest(String fault, Integer count, String path, Integer status) {
    }

    @JsonPropertyOrder({"fault", "path", "status", "remaining"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArmedFault(String fault, String path, Integer status, int remaining) {

        static ArmedFault of(ApiFaultPlan.Armed armed) {
            Integer status = armed.fault() instanceof ApiFault.ServerError error ? error.status() : null;
            return new ArmedFault(armed.fault().label(), armed.path(), status, armed.remaining());
        }
    }
}
