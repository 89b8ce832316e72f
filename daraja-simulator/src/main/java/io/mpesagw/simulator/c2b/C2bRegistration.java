package io.mpesagw.simulator.c2b;

import java.net.URI;

/** A shortcode's registered C2B URLs, and the API version they were registered with. */
public record C2bRegistration(
        String shortCode,
        ResponseType responseType,
        URI confirmationUrl,
        URI validationUrl,
        C2bApiVersion version) {
}
