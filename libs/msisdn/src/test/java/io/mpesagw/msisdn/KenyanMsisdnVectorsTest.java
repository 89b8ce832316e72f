package io.mpesagw.msisdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract with checkout-ui's TypeScript twin: both must read every row the same way. */
class KenyanMsisdnVectorsTest {

    // surefire runs with the module directory as working directory
    private static final Path VECTORS = Path.of("vectors/kenyan-msisdn-vectors.json");

    record Vector(String input, String msisdn, String network, String reject, String form) {
    }

    static List<Vector> vectors() {
        JsonNode rows = JsonMapper.builder().build().readTree(VECTORS.toFile()).get("vectors");
        return rows.valueStream().map(row -> new Vector(row.get("input").asString(), text(row, "msisdn"),
                text(row, "network"), text(row, "reject"), row.get("form").asString())).toList();
    }

    private static String text(JsonNode row, String field) {
        return row.has(field) ? row.get(field).asString() : null;
    }

    static Stream<Arguments> rows() {
        return vectors().stream().map(v -> Arguments.of(v.form(), visible(v.input()), v));
    }

    /** Display names must show invisible characters, or two rows look identical in the report. */
    private static String visible(String input) {
        return input.codePoints().mapToObj(cp -> cp >= 0x20 && cp < 0x7F ? Character.toString(cp)
                : String.format("\\u%04X", cp)).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("rows")
    void every_vector_reads_as_the_contract_says(String form, String shown, Vector vector) {
        MsisdnParse result = KenyanMsisdn.parse(vector.input());

        if (vector.reject() == null) {
            assertThat(result).isInstanceOfSatisfying(MsisdnParse.Accepted.class, accepted -> {
                assertThat(accepted.msisdn()).isEqualTo(vector.msisdn());
                assertThat(accepted.likelyNetwork().code()).isEqualTo(vector.network());
            });
        } else {
            assertThat(result).isInstanceOfSatisfying(MsisdnParse.Rejected.class, rejected -> {
                assertThat(rejected.reason().code()).isEqualTo(vector.reject());
                assertThat(rejected.message()).contains("expected " + KenyanMsisdn.ACCEPTED);
                // the examples of what is accepted are ours; what was received must be masked
                assertThat(rejected.message().replace(KenyanMsisdn.ACCEPTED, "")).doesNotContainPattern("\\d{5}");
            });
        }
    }

    @Test
    void the_vectors_cover_every_reason_and_every_network() {
        List<Vector> vectors = vectors();

        assertThat(vectors).hasSizeGreaterThanOrEqualTo(100);
        assertThat(vectors.stream().map(Vector::reject).filter(r -> r != null).collect(Collectors.toSet()))
                .isEqualTo(codes(RejectionReason.values()));
        assertThat(vectors.stream().map(Vector::network).filter(n -> n != null).collect(Collectors.toSet()))
                .isEqualTo(codes(MobileNetwork.values()));
    }

    private static Set<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }
}
