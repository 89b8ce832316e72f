package io.mpesagw.simulator.c2b;

import io.mpesagw.simulator.daraja.DarajaRejection;
import io.mpesagw.simulator.mode.SimulatorMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Registered C2B URLs by shortcode, and which shortcodes have external validation switched on
 * (Safaricom activates it on request; it is off by default).
 */
@Component
public class C2bRegistrations {

    private final Map<String, C2bRegistration> byShortCode = new ConcurrentHashMap<>();
    private final Set<String> validated = ConcurrentHashMap.newKeySet();
    private final SimulatorMode mode;

    C2bRegistrations(SimulatorMode mode) {
        this.mode = mode;
    }

    /** @throws DarajaRejection 500.003.1001 "Urls are already registered." on a second attempt in production */
    void register(C2bRegistration registration) {
        if (mode.allowsC2bReRegistration()) {
            byShortCode.put(registration.shortCode(), registration);
        } else if (byShortCode.putIfAbsent(registration.shortCode(), registration) != null) {
            throw DarajaRejection.urlsAlreadyRegistered();
        }
    }

    Optional<C2bRegistration> find(String shortCode) {
        return Optional.ofNullable(byShortCode.get(shortCode));
    }

    public void enableValidation(String shortCode, boolean enabled) {
        if (enabled) {
            validated.add(shortCode);
        } else {
            validated.remove(shortCode);
        }
    }

    boolean validates(String shortCode) {
        return validated.contains(shortCode);
    }

    /** Test control: forget every registration and validation switch (production's register-once included). */
    public void clear() {
        byShortCode.clear();
        validated.clear();
    }
}
