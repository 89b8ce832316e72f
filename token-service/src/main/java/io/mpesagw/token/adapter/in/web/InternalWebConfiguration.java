package io.mpesagw.token.adapter.in.web;

import io.mpesagw.kit.tokens.SharedSecret;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class InternalWebConfiguration implements WebMvcConfigurer {

    private final SharedSecret internalToken;

    InternalWebConfiguration(SharedSecret internalToken) {
        this.internalToken = internalToken;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InternalBearerCheck(internalToken)).addPathPatterns("/internal/**");
    }
}
