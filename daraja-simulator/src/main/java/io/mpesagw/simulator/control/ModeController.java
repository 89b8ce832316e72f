package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.mode.SimulatorMode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which Daraja environment the simulator imitates, and what that changes. Not part of Daraja. */
@RestController
class ModeController {

    private final SimulatorMode mode;

    ModeController(SimulatorMode mode) {
        this.mode = mode;
    }

    @GetMapping("/simulator/v1/mode")
    ModeView mode() {
        return new ModeView(mode.label(), mode.requiresHttpsCallbackUrls(), mode.offersC2bSimulate(),
                mode.allowsC2bReRegistration(), mode.internalHost());
    }

    @JsonPropertyOrder({"mode", "httpsCallbackUrlsOnly", "c2bSimulate", "c2bReRegistration", "internalHost"})
    record ModeView(String mode, boolean httpsCallbackUrlsOnly, boolean c2bSimulate, boolean c2bReRegistration,
            String internalHost) {
    }
}
