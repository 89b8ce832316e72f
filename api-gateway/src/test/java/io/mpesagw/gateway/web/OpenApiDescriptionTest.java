package io.mpesagw.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.testsupport.SharedInfrastructure;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OpenAPI description is generated from the code at run time; this keeps it valid (a strict
 * parser finds no error) and complete (every public route is in it), and leaves a copy in target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDescriptionTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.gateway.watch-signing-key", () -> "w".repeat(40));
        registry.add("mpesa.gateway.encryption-key", () -> java.util.Base64.getEncoder().encodeToString(new byte[32]));
    }

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
                "/v1/checkout/sessions", "/v1/checkout/sessions/{id}", "/v1/checkout/sessions/{id}/pay");
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payments").getPost()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payments").getGet()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/payments").getPost().getResponses().get("202")
                .getContent().get("application/json").getSchema().get$ref()).endsWith("PaymentResource");
        assertThat(parsed.getOpenAPI().getPaths().get("/v1/checkout/sessions").getPost().getResponses()).containsKey("201");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("OpenedSessionResource").getProperties())
                .containsKeys("client_secret", "expires_at");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("secretKey", "clientSecret");
        assertThat(answer.body()).doesNotContain("/internal/").doesNotContain("/admin/").doesNotContain("/actuator");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("PaymentResource").getProperties())
                .as("the wire's snake_case names").containsKeys("phone_number", "mpesa_receipt", "created_at")
                .doesNotContainKey("phoneNumber");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas()).containsKey("ApiError");
        parsed.getOpenAPI().getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            assertThat(operation.getResponses()).as(operation.getOperationId()).containsKey("default");
            assertThat(operation.getParameters() == null ? java.util.List.of() : operation.getParameters())
                    .noneMatch(p -> "Authorization".equals(p.getName()));
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
