package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.c2b.C2bRegistrations;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control for C2B: switch external validation on for a shortcode (Safaricom does it on
 * request; off by default), or forget every registration. Not part of Daraja.
 */
@RestController
class C2bControlController {

    private static final Pattern SHORTCODE = Pattern.compile("\\d{5,7}");

    private final C2bRegistrations registrations;

    C2bControlController(C2bRegistrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/simulator/v1/c2b/validation")
    ValidationSwitch switchValidation(@RequestBody ValidationSwitch request) {
        if (request.shortCode() == null || !SHORTCODE.matcher(request.shortCode()).matches()) {
            throw new ControlRejection("shortCode", "shortCode must be 5 to 7 digits, e.g. 600984");
        }
        if (request.enabled() == null) {
            throw new ControlRejection("enabled", "enabled must be true or false");
        }
        registrations.enableValidation(request.shortCode(), request.enabled());
        return request;
    }

    @DeleteMapping("/simulator/v1/c2b/registrations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forgetRegistrations() {
        registrations.clear();
    }

    @JsonPropertyOrder({"shortCode", "enabled"})
    record ValidationSwitch(String shortCode, Boolean enabled) {
    }
}
