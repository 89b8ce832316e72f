package io.mpesagw.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A local stand-in for Safaricom Daraja: OAuth, STK push, STK query and the STK callback. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DarajaSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(DarajaSimulatorApplication.class, args);
    }
}
