package io.mpesagw.simulator.control;

import io.mpesagw.simulator.app.DarajaApp;
import java.util.Optional;
import java.util.regex.Pattern;

/** The body of POST /simulator/v1/apps; {@link #toApp} refuses it field by field, in this order. */
record AppRegistration(String consumerKey, String consumerSecret, String shortcode, String passkey,
        String initiatorName, String initiatorPassword) {

    /** Printable ASCII: what Daraja issues; a colon in the key would make HTTP Basic ambiguous. */
    private static final Pattern CONSUMER_KEY = Pattern.compile("[\\x21-\\x39\\x3B-\\x7E]{1,128}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]{1,128}");
    private static final Pattern SHORTCODE = Pattern.compile("\\d{5,7}");
    private static final Pattern PASSKEY = Pattern.compile("[\\x21-\\x7E]{1,256}");
    private static final Pattern INITIATOR_NAME = Pattern.compile("[\\x21-\\x7E]{1,64}");

    DarajaApp toApp() {
        require(consumerKey, CONSUMER_KEY, "consumerKey",
                "consumerKey is required: 1-128 printable ASCII characters without spaces or ':'");
        require(consumerSecret, PRINTABLE, "consumerSecret",
                "consumerSecret is required: 1-128 printable ASCII characters");
        require(shortcode, SHORTCODE, "shortcode", "shortcode is required: 5 to 7 digits, e.g. 174379");
        require(passkey, PASSKEY, "passkey", "passkey is required: 1-256 printable ASCII characters without spaces");
        if ((initiatorName == null) != (initiatorPassword == null)) {
            String missing = initiatorName == null ? "initiatorName" : "initiatorPassword";
            throw new ControlRejection(missing,
                    "initiatorName and initiatorPassword go together: give both (the app's B2C API user) or neither");
        }
        Optional<DarajaApp.Initiator> initiator = Optional.empty();
        if (initiatorName != null) {
            require(initiatorName, INITIATOR_NAME, "initiatorName",
                    "initiatorName must be 1-64 printable ASCII characters without spaces");
            require(initiatorPassword, PRINTABLE, "initiatorPassword",
                    "initiatorPassword must be 1-128 printable ASCII characters");
            initiator = Optional.of(new DarajaApp.Initiator(initiatorName, initiatorPassword));
        }
        return new DarajaApp(consumerKey, consumerSecret, shortcode, passkey, initiator);
    }

    private static void require(String value, Pattern pattern, String field, String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new ControlRejection(field, message);
        }
    }

    @Override
    public String toString() {
        return "AppRegistration[consumerKey=" + consumerKey + ", shortcode=" + shortcode + "]";
    }
}
