package io.mpesagw.simulator.control;

import io.mpesagw.simulator.fault.RequestRateLimit;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control: how many Daraja calls pass in any one second before Spike Arrest (0 = no limit;
 * SIMULATOR_RATE_LIMIT_TPS at start). A new limit starts with an empty window. Not part of Daraja.
 */
@RestController
class RateLimitController {

    private static final String PATH = "/simulator/v1/rate-limit";

    private final RequestRateLimit rateLimit;

    RateLimitController(RequestRateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    @GetMapping(PATH)
    RateLimitSetting current() {
        return new RateLimitSetting(rateLimit.tps());
    }

    @PutMapping(PATH)
    RateLimitSetting set(@RequestBody RateLimitSetting setting) {
        if (setting.tps() == null || setting.tps() < 0 || setting.tps() > RequestRateLimit.MAX_TPS) {
            throw new ControlRejection("tps", "tps must be from 0 (no limit) to " + RequestRateLimit.MAX_TPS);
        }
        rateLimit.set(setting.tps());
        return setting;
    }

    /** Back to SIMULATOR_RATE_LIMIT_TPS. */
    @DeleteMapping(PATH)
    RateLimitSetting reset() {
        return new RateLimitSetting(rateLimit.reset());
    }

    record RateLimitSetting(Integer tps) {
    }
}
