package io.mpesagw.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from a Prometheus text scrape. */
public final class PrometheusScrape {

    private PrometheusScrape() {
    }

    /** {@code series} is the metric name, with its labels if any: {@code x_total{fault="quota"}}. */
    public static long value(String scrape, String series) {
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{([^}]*)})? ([0-9.Ee+-]+)$");
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String found = matcher.group(2) == null ? "" : matcher.group(2);
            if (labels.isEmpty() || found.contains(labels)) {
                return (long) Double.parseDouble(matcher.group(3));
            }
        }
        throw new AssertionError("no sample " + series + " in the scrape");
    }
}
