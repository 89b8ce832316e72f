package io.mpesagw.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description is generated from the code at run time; this keeps it valid (a strict
 * parser finds no error) and complete (every public route is in it), and leaves a copy in target/.
 */
class OpenApiDescriptionTest extends GatewayApiTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void the_description_is_valid_openapi_3_1_and_lists_every_merchant_route() throws Exception {
        HttpResponse<String> answer = get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), answer.body());

        SwaggerParseResult parsed = new OpenAPIParser().readContents(answer.body(), null, null);

        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/v1/payments", "/v1/payments/{id}",
                "/v1/checkout/sessions", "/v1/checkout/sessions/{id}", "/v1/checkout/sessions/{id}/pay", "/v1/payouts",
                "/v1/payouts/{id}");
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payouts").getPost()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payouts").getGet().getSummary()).contains("List your payouts");
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payouts").getGet().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref()).endsWith("PayoutListResource");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("PayoutListResource").getProperties())
                .containsKeys("object", "url", "has_more", "data");
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/checkout/sessions/{id}").getGet().getSecurity())
                .as("the browser sends both at once").singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("publishableKey", "clientSecret"));
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payments").getPost()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payments").getGet()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payments").getPost().getResponses().get("202")
                .getContent().get("application/json").getSchema().get$ref()).endsWith("PaymentResource");
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/checkout/sessions").getPost().getResponses()).containsKey("201");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("OpenedSessionResource").getProperties())
                .containsKeys("client_secret", "expires_at");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("secretKey", "publishableKey", "clientSecret");
        assertThat(answer.body()).doesNotContain("/internal/").doesNotContain("/admin/").doesNotContain("/actuator");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("PaymentResource").getProperties())
                .as("the wire's snake_case names").containsKeys("phone_number", "mpesa_receipt", "created_at")
                .doesNotContainKey("phoneNumber");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas()).containsKey("ApiError");
        parsed.getOpenAPI().getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            assertThat(operation.getResponses()).as(operation.getOperationId()).containsKey("default");
            assertThat(operation.getParameters() == null ? java.util.List.of() : operation.getParameters())
                    .noneMatch(p -> "Authorization".equals(p.getName()) || "Checkout-Client-Secret".equals(p.getName()));
        }));
    }

    @Test
    void the_browsable_ui_is_served() throws Exception {
        HttpResponse<String> ui = get("/docs");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
