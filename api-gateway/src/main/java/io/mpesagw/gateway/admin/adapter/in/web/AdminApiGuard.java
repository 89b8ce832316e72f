package io.mpesagw.gateway.admin.adapter.in.web;

import io.mpesagw.gateway.admin.application.AdminAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the admin token on every {@code /admin/} request before its body is read or validated, so
 * a caller without the token learns nothing (not even which fields a body needs), and a new admin
 * endpoint is guarded without having to remember it.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final AdminAuthentication admin;

    AdminApiGuard(AdminAuthentication admin) {
        this.admin = admin;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        admin.authenticate(request.getHeader("Authorization"));
        return true;
    }
}
