package io.mpesagw.simulator.app;

import java.util.Optional;

/**
 * One Daraja app as a merchant holds it: the consumer key and secret for OAuth, its M-Pesa Express
 * shortcode and passkey, and optionally the API user (initiator) of its B2C and query APIs.
 */
public record DarajaApp(
        String consumerKey, String consumerSecret, String shortcode, String passkey, Optional<Initiator> initiator) {

    public DarajaApp {
        initiator = initiator == null ? Optional.empty() : initiator;
    }

    @Override
    public String toString() {
        // The secret, passkey and initiator password never reach a log or a failure report.
        return "DarajaApp[consumerKey=" + consumerKey + ", consumerSecret=****, shortcode=" + shortcode
                + ", passkey=****, initiator=" + initiator.map(Initiator::name).orElse("none") + "]";
    }

    /** An API user: the name sent as InitiatorName/Initiator and the password SecurityCredential encrypts. */
    public record Initiator(String name, String password) {

        @Override
        public String toString() {
            return "Initiator[name=" + name + ", password=****]";
        }
    }
}
