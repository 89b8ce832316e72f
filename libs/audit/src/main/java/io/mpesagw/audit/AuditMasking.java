package io.mpesagw.audit;

import io.mpesagw.msisdn.KenyanMsisdn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks audit content before it is hashed and written: a secret written once into an append-only
 * log could never be removed again.
 *
 * <ul>
 *   <li>a value whose key suggests a secret (password, secret, passkey, token, credential,
 *       authorization, cookie, signature, or any "key" other than a key id / key prefix /
 *       idempotency key) becomes {@code "****"}, whatever its type;</li>
 *   <li>a string starting with {@code Bearer } or {@code Basic } becomes {@code "****"};</li>
 *   <li>Kenyan mobile numbers anywhere in strings ({@code 2547/2541XXXXXXXX}, {@code +254...},
 *       {@code 07/01XXXXXXXX}) and numeric values that are such numbers become {@code 2547****149};</li>
 *   <li>everything else (amounts, receipt numbers, references, states) is kept.</li>
 * </ul>
 * Maps come back as key-sorted {@link TreeMap}s so the details serialise canonically.
 */
public final class AuditMasking {

    public static final String MASK = "****";

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "passkey", "token",
            "credential", "authorization", "cookie", "signature", "key");
    private static final Set<String> NOT_SECRET = Set.of("keyid", "keyprefix", "idempotencykey");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+?254|0)[17][0-9]{8}(?![0-9])");
    private static final Pattern PHONE_DIGITS = Pattern.compile("254[17][0-9]{8}");
    private static final Pattern AUTH_SCHEME = Pattern.compile("^\\s*(?i:bearer|basic)\\s+\\S.*", Pattern.DOTALL);

    private AuditMasking() {
    }

    /** The masked, key-sorted copy of {@code details}; nested maps and lists are masked too. */
    public static Map<String, Object> maskDetails(Map<String, ?> details) {
        TreeMap<String, Object> masked = new TreeMap<>();
        details.forEach((key, value) -> {
            String name = String.valueOf(key);
            masked.put(name, isSecretKey(name) ? MASK : maskValue(value));
        });
        return masked;
    }

    /** A free-text field (actor, subject id, ...) with phone numbers and credentials masked. */
    public static String maskText(String text) {
        if (text == null) {
            return null;
        }
        if (AUTH_SCHEME.matcher(text).matches()) {
            return MASK;
        }
        // PostgreSQL text and jsonb cannot hold NUL; dropping it beats failing the caller's transaction
        Matcher phones = PHONE.matcher(text.replace("\0", ""));
        return phones.replaceAll(match -> Matcher.quoteReplacement(KenyanMsisdn.mask(international(match.group()))));
    }

    static boolean isSecretKey(String key) {
        String word = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (NOT_SECRET.contains(word) || word.endsWith("keyid")) {
            return false;
        }
        return SECRET_WORDS.stream().anyMatch(word::contains);
    }

    private static Object maskValue(Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> maskNested(map);
            case Collection<?> items -> maskAll(items);
            case Object[] items -> maskAll(List.of(items));
            case Boolean flag -> flag;
            case Number number -> maskNumber(number);
            case CharSequence text -> maskText(text.toString());
            default -> maskText(value.toString()); // enums, ids, times: their text form
        };
    }

    private static Map<String, Object> maskNested(Map<?, ?> map) {
        TreeMap<String, Object> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return maskDetails(copy);
    }

    private static List<Object> maskAll(Collection<?> items) {
        List<Object> masked = new ArrayList<>(items.size());
        items.forEach(item -> masked.add(maskValue(item)));
        return masked;
    }

    /** Daraja callbacks carry the payer's number as a JSON number, e.g. {@code 254708374149}. */
    private static Object maskNumber(Number number) {
        boolean integral = number instanceof Long || number instanceof Integer || number instanceof BigInteger
                || number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0;
        if (integral) {
            String digits = number instanceof BigDecimal decimal ? decimal.toBigInteger().toString() : number.toString();
            if (PHONE_DIGITS.matcher(digits).matches()) {
                return KenyanMsisdn.mask(digits);
            }
        }
        return number;
    }

    private static String international(String phone) {
        String digits = phone.startsWith("+") ? phone.substring(1) : phone;
        return digits.startsWith("0") ? "254" + digits.substring(1) : digits;
    }
}
