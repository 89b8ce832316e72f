package io.mpesagw.gateway.web;

import io.mpesagw.kit.web.ApiError;
import io.mpesagw.kit.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The error envelope written by a filter that refuses a request before Spring MVC sees it. */
@Component
class ErrorReplies {

    private final JsonMapper json;

    ErrorReplies(JsonMapper json) {
        this.json = json;
    }

    void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ApiError error)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(error.withRequestId(RequestIdFilter.idOf(request))));
    }
}
