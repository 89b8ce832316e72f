package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.SimulatorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StkConfiguration {

    @Bean
    StkMerchant stkMerchant(SimulatorProperties properties) {
        return new StkMerchant(properties.shortcode(), properties.passkey());
    }
}
