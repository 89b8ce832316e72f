package io.mpesagw.simulator.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How often one app was used, per kind of call; lives as long as the app's registration. */
final class AppCounters {

    private final Map<AppCall, AtomicLong> counts = new EnumMap<>(AppCall.class);

    AppCounters() {
        for (AppCall call : AppCall.values()) {
            counts.put(call, new AtomicLong());
        }
    }

    void count(AppCall call) {
        counts.get(call).incrementAndGet();
    }

    AppUsage usage(DarajaApp app) {
        return new AppUsage(app.consumerKey(), app.shortcode(), counts.get(AppCall.OAUTH).get(),
                counts.get(AppCall.STK_PUSH).get(), counts.get(AppCall.STK_QUERY).get(), counts.get(AppCall.B2C).get());
    }
}
