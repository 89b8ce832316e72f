package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.app.AppUsage;
import io.mpesagw.simulator.app.DarajaApp;
import io.mpesagw.simulator.app.DarajaApps;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control: more Daraja apps beside the environment's, one per merchant of the gateway, each with
 * its own consumer key, STK shortcode and passkey, and B2C initiator. Not part of Daraja.
 */
@RestController
class AppsController {

    private static final String PATH = "/simulator/v1/apps";

    private final DarajaApps apps;

    AppsController(DarajaApps apps) {
        this.apps = apps;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredApp register(@RequestBody AppRegistration registration) {
        DarajaApp app = registration.toApp();
        try {
            apps.register(app);
        } catch (DarajaApps.Conflict conflict) {
            throw new ControlRejection(conflict.field(), conflict.getMessage());
        }
        return new RegisteredApp(app.shortcode(), app.consumerKey());
    }

    @GetMapping(PATH)
    KnownApps list() {
        return new KnownApps(apps.usage());
    }

    /** The environment's app stays. */
    @DeleteMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forget() {
        apps.forgetRegistered();
    }

    @JsonPropertyOrder({"shortcode", "consumerKey"})
    record RegisteredApp(String shortcode, String consumerKey) {
    }

    record KnownApps(List<AppUsage> apps) {
    }
}
