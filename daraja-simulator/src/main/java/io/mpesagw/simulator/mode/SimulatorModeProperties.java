package io.mpesagw.simulator.mode;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simulator.mode} ({@code SIMULATOR_MODE}): {@code sandbox} (default) or {@code production}.
 * Kept apart from SimulatorProperties so each feature owns its settings.
 */
@ConfigurationProperties("simulator")
public record SimulatorModeProperties(String mode) {

    public SimulatorModeProperties {
        mode = mode == null || mode.isBlank() ? SimulatorMode.SANDBOX.label() : mode.trim();
        // Fails start-up with a message naming the variable.
        SimulatorMode.parse(mode);
    }

    public SimulatorMode simulatorMode() {
        return SimulatorMode.parse(mode);
    }
}
