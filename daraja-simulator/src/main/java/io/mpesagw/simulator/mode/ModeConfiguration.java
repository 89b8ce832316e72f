package io.mpesagw.simulator.mode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModeConfiguration.class);

    /** Every feature asks this one bean which environment it imitates. */
    @Bean
    SimulatorMode simulatorMode(SimulatorModeProperties properties) {
        SimulatorMode mode = properties.simulatorMode();
        log.info("Imitating the Daraja {} environment", mode.label());
        return mode;
    }
}
