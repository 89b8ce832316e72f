package io.mpesagw.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

class ApiErrorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_envelope_names_its_request_in_snake_case_and_leaves_out_what_it_lacks() {
        String body = JSON.writeValueAsString(ApiError.of("invalid_request_error", "phone_busy", "Busy.", "phone")
                .withRequestId("req_abc"));

        assertThat(body).isEqualTo("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"phone_busy\","
                + "\"message\":\"Busy.\",\"param\":\"phone\",\"request_id\":\"req_abc\"}}");
    }

    @Test
    void every_status_has_a_fixed_envelope_and_server_faults_say_nothing_internal() {
        for (HttpStatus status : HttpStatus.values()) {
            if (status.value() >= 400) {
                ApiError error = StatusErrors.of(status);
                assertThat(error.error().type()).as(status.name()).isNotBlank();
                assertThat(error.error().code()).as(status.name()).matches("[a-z_]+");
            }
        }
        assertThat(StatusErrors.of(HttpStatus.BAD_GATEWAY).error().code()).isEqualTo("internal_error");
        assertThat(StatusErrors.of(HttpStatus.TOO_MANY_REQUESTS).error().type()).isEqualTo("rate_limit_error");
    }
}
