package io.mpesagw.payment.payout.adapter.out.daraja;

import io.mpesagw.daraja.b2c.B2cCommand;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default credential set's B2C shortcode and API initiator, and the certificate every initiator's
 * password is encrypted with. All or nothing: without any of them payouts are switched off (every payout
 * fails as {@code payouts_not_configured}); with only some, start-up fails, naming what is missing. The
 * certificate alone is allowed: then only merchants with their own credential set pay out.
 */
@ConfigurationProperties("mpesa.payout.daraja")
public record PayoutDarajaSettings(String b2cShortcode, String b2cCommand, String initiatorName,
        String initiatorPassword, Path certificateFile) {

    public PayoutDarajaSettings {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("DARAJA_B2C_SHORTCODE", present(b2cShortcode));
        given.put("DARAJA_INITIATOR_NAME", present(initiatorName));
        given.put("DARAJA_INITIATOR_PASSWORD", present(initiatorPassword));
        given.put("DARAJA_CERTIFICATE_FILE", hasCertificate(certificateFile));
        boolean certificateOnly = given.entrySet().stream()
                .allMatch(e -> e.getValue() == e.getKey().equals("DARAJA_CERTIFICATE_FILE"));
        if (given.containsValue(true) && given.containsValue(false) && !certificateOnly) {
            throw new IllegalStateException("payouts need DARAJA_B2C_SHORTCODE, DARAJA_INITIATOR_NAME, "
                    + "DARAJA_INITIATOR_PASSWORD and DARAJA_CERTIFICATE_FILE together; missing: "
                    + String.join(", ", given.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList()));
        }
        command(b2cCommand); // fails start-up on an unknown CommandID
    }

    public boolean configured() {
        return present(b2cShortcode);
    }

    /** The certificate every initiator's password is encrypted with: without it nobody pays out. */
    public boolean hasCertificate() {
        return hasCertificate(certificateFile);
    }

    public B2cCommand command() {
        return command(b2cCommand);
    }

    private static B2cCommand command(String name) {
        if (name == null || name.isBlank()) {
            return B2cCommand.BUSINESS_PAYMENT;
        }
        return Arrays.stream(B2cCommand.values()).filter(c -> c.darajaName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("DARAJA_B2C_COMMAND must be BusinessPayment, "
                        + "SalaryPayment or PromotionPayment, got '" + name + "'"));
    }

    private static boolean hasCertificate(Path file) {
        return file != null && present(file.toString());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "PayoutDarajaSettings[b2cShortcode=" + b2cShortcode + ", b2cCommand=" + command().darajaName()
                + ", initiatorName=" + initiatorName + ", initiatorPassword=****, certificateFile=" + certificateFile + "]";
    }
}
