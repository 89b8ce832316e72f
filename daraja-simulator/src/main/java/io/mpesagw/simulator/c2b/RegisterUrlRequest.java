package io.mpesagw.simulator.c2b;

import io.mpesagw.simulator.daraja.DarajaRejection;
import io.mpesagw.simulator.daraja.RequestFields;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A valid C2B Register URL request; {@link #from} rejects the first bad field the way Daraja does. */
record RegisterUrlRequest(String shortCode, ResponseType responseType, URI confirmationUrl, URI validationUrl) {

    static final Pattern SHORTCODE = Pattern.compile("\\d{5,7}");

    /**
     * Daraja refuses C2B URLs containing these words in any case ("M-PESA", "mpesa", "Safaricom",
     * "exe", "exec", "cmd", "SQL", "query"): a documented rule, matched anywhere in the URL.
     */
    private static final List<String> FORBIDDEN_WORDS =
            List.of("m-pesa", "mpesa", "safaricom", "exe", "exec", "cmd", "sql", "query");

    static RegisterUrlRequest from(RequestFields fields) {
        String shortCode = fields.matching("ShortCode", SHORTCODE);
        ResponseType responseType = ResponseType.fromWire(fields.oneOf("ResponseType", ResponseType.wireNames()))
                .orElseThrow();
        URI confirmationUrl = allowedUrl(fields, "ConfirmationURL");
        URI validationUrl = allowedUrl(fields, "ValidationURL");
        return new RegisterUrlRequest(shortCode, responseType, confirmationUrl, validationUrl);
    }

    private static URI allowedUrl(RequestFields fields, String field) {
        URI url = fields.absoluteHttpUrl(field);
        String lower = url.toString().toLowerCase(Locale.ROOT);
        if (FORBIDDEN_WORDS.stream().anyMatch(lower::contains)) {
            throw DarajaRejection.invalidField(field);
        }
        return url;
    }
}
