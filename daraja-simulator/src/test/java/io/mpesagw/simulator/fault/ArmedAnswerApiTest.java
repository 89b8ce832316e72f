package io.mpesagw.simulator.fault;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.PrometheusScrape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The daraja-error and raw-body faults: any documented error answer, armed for the next calls. */
class ArmedAnswerApiTest extends IsolatedSimulatorApiTest {

    private static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    private static final String REGISTER = "/mpesa/c2b/v1/registerurl";

    @AfterEach
    void clearFaults() {
        assertThat(daraja().request("DELETE", "/simulator/v1/faults", null).status()).isEqualTo(204);
    }

    @Test
    void a_daraja_error_answers_in_the_envelope_under_the_status_its_code_begins_with() {
        long before = injected("daraja-error");
        Reply armed = arm("{\"fault\":\"daraja-error\",\"errorCode\":\"500.003.1001\","
                + "\"errorMessage\":\"Internal Server Error\",\"path\":\"" + B2C + "\",\"count\":2}");
        assertThat(armed.status()).isEqualTo(200);
        assertThat(armed.json().toString()).isEqualTo("{\"fault\":\"daraja-error\",\"path\":\"" + B2C
                + "\",\"status\":500,\"errorCode\":\"500.003.1001\",\"errorMessage\":\"Internal Server Error\","
                + "\"remaining\":2}");

        assertDarajaError(daraja().postJson(B2C, "Bearer x", "{}"), 500, "500.003.1001", "Internal Server Error");
        assertThat(daraja().request("GET", "/simulator/v1/faults", null).json().get(0).get("remaining").asInt())
                .isEqualTo(1);
        assertThat(injected("daraja-error")).isEqualTo(before + 1);
    }

    @Test
    void a_daraja_error_takes_an_explicit_status_and_codes_that_name_none() {
        arm("{\"fault\":\"daraja-error\",\"status\":404,\"errorCode\":\"404.003.01\","
                + "\"errorMessage\":\"Resource not found\",\"path\":\"" + REGISTER + "\"}");
        arm("{\"fault\":\"daraja-error\",\"status\":400,\"errorCode\":\"999991\","
                + "\"errorMessage\":\"Invalid client id passed\",\"path\":\"" + REGISTER + "\"}");

        assertDarajaError(daraja().postJson(REGISTER, null, "{}"), 404, "404.003.01", "Resource not found");
        assertDarajaError(daraja().postJson(REGISTER, null, "{}"), 400, "999991", "Invalid client id passed");
    }

    @Test
    void the_token_placeholder_echoes_the_callers_bearer_as_401_002_01_does() {
        arm("{\"fault\":\"daraja-error\",\"errorCode\":\"401.002.01\","
                + "\"errorMessage\":\"Error Occurred - Invalid Access Token - {token}\",\"count\":2}");

        assertDarajaError(daraja().postJson(B2C, "Bearer c9SQxWWhmdVRlyh0zh8gZDTkubVF", "{}"), 401, "401.002.01",
                "Error Occurred - Invalid Access Token - c9SQxWWhmdVRlyh0zh8gZDTkubVF");
        assertDarajaError(daraja().postJson(B2C, null, "{}"), 401, "401.002.01",
                "Error Occurred - Invalid Access Token - ");
    }

    @Test
    void the_apigee_soap_fault_is_the_fact_sheets_json_rendering() throws Exception {
        long before = injected("raw-body");
        Reply armed = arm("{\"fault\":\"raw-body\",\"body\":\"apigee-soap-fault\",\"path\":\"" + REGISTER + "\"}");
        assertThat(armed.text("body")).isEqualTo("apigee-soap-fault");
        assertThat(armed.json().get("status").asInt()).isEqualTo(500);

        HttpResponse<String> response = rawPost(REGISTER);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode envelope = DarajaTestClient.parse(response.body()).get("Envelope");
        assertThat(envelope.get("encodingStyle").asString()).isEqualTo("http://schemas.xmlsoap.org/soap/encoding/");
        JsonNode fault = envelope.get("Body").get("Fault");
        assertThat(fault.get("faultcode").asString()).isEqualTo("soap:Server");
        assertThat(fault.get("faultstring").asString()).isEqualTo(
                "Execution of ServiceCallout SCO-AddURLVault failed. Reason: ResponseCode 409 is treated as error");
        assertThat(injected("raw-body")).isEqualTo(before + 1);
    }

    @Test
    void the_missing_api_product_is_apigees_own_fault_under_401() throws Exception {
        arm("{\"fault\":\"raw-body\",\"body\":\"apigee-no-apiproduct\"}");

        HttpResponse<String> response = rawPost(B2C);

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode fault = DarajaTestClient.parse(response.body()).get("fault");
        assertThat(fault.get("faultstring").asString()).isEqualTo("Invalid API call as no apiproduct match found");
        assertThat(fault.get("detail").get("errorcode").asString())
                .isEqualTo("keymanagement.service.InvalidAPICallAsNoApiProductMatchFound");
    }

    @Test
    void an_empty_body_comes_with_no_content_type_under_any_answer_status() throws Exception {
        arm("{\"fault\":\"raw-body\",\"body\":\"empty\"}");
        arm("{\"fault\":\"raw-body\",\"body\":\"empty\",\"status\":200}");

        HttpResponse<String> gateway = rawPost(B2C);
        HttpResponse<String> ok = rawPost(B2C);

        assertThat(gateway.statusCode()).as("default").isEqualTo(502);
        assertThat(gateway.body()).isEmpty();
        assertThat(gateway.headers().firstValue("Content-Type")).isEmpty();
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEmpty();
    }

    @Test
    void bad_answer_requests_name_the_field() {
        assertField("{\"fault\":\"daraja-error\",\"errorMessage\":\"Internal Server Error\"}", "errorCode");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"500 003\",\"errorMessage\":\"x\"}", "errorCode");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"500.003.1001\"}", "errorMessage");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"500.003.1001\",\"errorMessage\":\" \"}",
                "errorMessage");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"500.003.1001\",\"errorMessage\":\""
                + "x".repeat(1001) + "\"}", "errorMessage");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"999991\",\"errorMessage\":\"x\"}", "status");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"500.003.1001\",\"errorMessage\":\"x\","
                + "\"status\":302}", "status");
        assertField("{\"fault\":\"daraja-error\",\"errorCode\":\"500.003.1001\",\"errorMessage\":\"x\","
                + "\"body\":\"empty\"}", "body");
        assertField("{\"fault\":\"raw-body\"}", "body");
        assertField("{\"fault\":\"raw-body\",\"body\":\"html\"}", "body");
        assertField("{\"fault\":\"raw-body\",\"body\":\"empty\",\"status\":600}", "status");
        assertField("{\"fault\":\"raw-body\",\"body\":\"empty\",\"errorMessage\":\"x\"}", "errorMessage");
        assertField("{\"fault\":\"quota\",\"errorCode\":\"500.003.03\"}", "errorCode");
        assertField("{\"fault\":\"spike-arrest\",\"body\":\"empty\"}", "body");
        assertThat(daraja().request("GET", "/simulator/v1/faults", null).json()).as("nothing armed").isEmpty();
    }

    private void assertField(String json, String field) {
        Reply reply = arm(json);
        assertThat(reply.status()).as(json).isEqualTo(400);
        assertThat(reply.text("field")).as(json).isEqualTo(field);
        assertThat(reply.text("message")).as(json).isNotBlank();
    }

    private Reply arm(String json) {
        return daraja().postJson("/simulator/v1/faults", null, json);
    }

    private long injected(String fault) {
        return PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_faults_injected_total{fault=\"" + fault + "\"}");
    }

    private HttpResponse<String> rawPost(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
