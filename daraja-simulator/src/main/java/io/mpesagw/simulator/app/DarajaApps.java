package io.mpesagw.simulator.app;

import io.mpesagw.simulator.SimulatorProperties;
import io.mpesagw.simulator.initiator.InitiatorProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Daraja apps the simulator knows: the one from the environment (SIMULATOR_CONSUMER_KEY …), which
 * always stays, and those registered through the control API, one per consumer key. A shortcode
 * has one passkey and an initiator name one password across all apps, so lookups by them are unambiguous.
 */
@Component
public class DarajaApps {

    private final Known environment;
    private final Map<String, Known> registered = new LinkedHashMap<>();

    public DarajaApps(SimulatorProperties simulator, InitiatorProperties initiator) {
        this.environment = new Known(new DarajaApp(simulator.consumerKey(), simulator.consumerSecret(),
                simulator.shortcode(), simulator.passkey(),
                Optional.of(new DarajaApp.Initiator(initiator.name(), initiator.password()))));
    }

    /**
     * Registers {@code app}, replacing an earlier registration with its consumer key.
     * @throws Conflict when it would give a known shortcode another passkey, or a known initiator another password
     */
    public synchronized void register(DarajaApp app) {
        if (app.consumerKey().equals(environment.app().consumerKey())) {
            throw new Conflict("consumerKey", "consumerKey is the environment's app (SIMULATOR_CONSUMER_KEY), "
                    + "which cannot be replaced");
        }
        for (Known other : all()) {
            if (other.app().consumerKey().equals(app.consumerKey())) {
                continue;
            }
            if (other.app().shortcode().equals(app.shortcode()) && !other.app().passkey().equals(app.passkey())) {
                throw new Conflict("passkey", "shortcode " + app.shortcode() + " is already known with another "
                        + "passkey (app " + other.app().consumerKey() + "); a shortcode has one passkey");
            }
            Optional<String> clash = app.initiator().flatMap(mine -> other.app().initiator()
                    .filter(theirs -> theirs.name().equals(mine.name()) && !theirs.password().equals(mine.password()))
                    .map(DarajaApp.Initiator::name));
            if (clash.isPresent()) {
                throw new Conflict("initiatorPassword", "initiator " + clash.get() + " is already known with "
                        + "another password (app " + other.app().consumerKey() + "); an initiator has one password");
            }
        }
        registered.put(app.consumerKey(), new Known(app));
    }

    /** Forgets every registered app (their tokens stop working); the environment's app stays. */
    public synchronized void forgetRegistered() {
        registered.clear();
    }

    /** The app whose "key:secret" this is, compared in constant time. */
    public synchronized Optional<String> authenticate(byte[] keyColonSecret) {
        String match = null;
        for (Known known : all()) {
            byte[] expected = (known.app().consumerKey() + ":" + known.app().consumerSecret())
                    .getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(keyColonSecret, expected)) {
                match = known.app().consumerKey();
            }
        }
        return Optional.ofNullable(match);
    }

    public synchronized boolean isKnown(String consumerKey) {
        return find(consumerKey).isPresent();
    }

    /** The passkey of a known M-Pesa Express shortcode. */
    public synchronized Optional<String> stkPasskey(String shortcode) {
        return all().stream().map(Known::app).filter(app -> app.shortcode().equals(shortcode))
                .map(DarajaApp::passkey).findFirst();
    }

    /** The password of a known initiator (API user). */
    public synchronized Optional<String> initiatorPassword(String name) {
        return all().stream().flatMap(known -> known.app().initiator().stream())
                .filter(initiator -> initiator.name().equals(name)).map(DarajaApp.Initiator::password).findFirst();
    }

    /** Counts a call on the app; one forgotten meanwhile is not counted anywhere. */
    public synchronized void count(String consumerKey, AppCall call) {
        find(consumerKey).ifPresent(known -> known.counters().count(call));
    }

    /** Every known app with its counters, the environment's first, then in order of registration. */
    public synchronized List<AppUsage> usage() {
        return all().stream().map(known -> known.counters().usage(known.app())).toList();
    }

    private Optional<Known> find(String consumerKey) {
        return all().stream().filter(known -> Objects.equals(known.app().consumerKey(), consumerKey)).findFirst();
    }

    private List<Known> all() {
        List<Known> all = new ArrayList<>(registered.size() + 1);
        all.add(environment);
        all.addAll(registered.values());
        return all;
    }

    private record Known(DarajaApp app, AppCounters counters) {

        Known(DarajaApp app) {
            this(app, new AppCounters());
        }
    }

    /** A registration that contradicts what another app already says; {@code field} names the culprit. */
    public static final class Conflict extends RuntimeException {

        private final String field;

        Conflict(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
