package io.mpesagw.simulator.fault;

import io.mpesagw.simulator.daraja.DarajaIds;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FaultConfiguration {

    /** Only the Daraja paths: the control API and actuator must keep working while faults are armed. */
    @Bean
    FilterRegistrationBean<ApiFaultFilter> apiFaultFilter(ApiFaultPlan plan, RequestRateLimit rateLimit,
            FaultCounters counters, DarajaIds ids, JsonMapper jsonMapper) {
        FilterRegistrationBean<ApiFaultFilter> registration =
                new FilterRegistrationBean<>(new ApiFaultFilter(plan, rateLimit, counters, ids, jsonMapper));
        registration.addUrlPatterns("/mpesa/*", "/oauth/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
