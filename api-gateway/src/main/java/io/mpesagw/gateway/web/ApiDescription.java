package io.mpesagw.gateway.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mpesagw.kit.web.ApiError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI description says about the API as a whole: how callers authenticate,
 * the one error shape every operation may answer, and the wire's snake_case names.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI merchantApi() {
        return new OpenAPI()
                .info(new Info().title("M-Pesa payment gateway: merchant API").version("v1")
                        .description("""
                                STK push payments, payouts and checkout sessions through Safaricom's Daraja API. \
                                Your server calls with its secret key (sk_…); the checkout page in a browser calls \
                                its session's endpoints with your publishable key (pk_…) and the session's client \
                                secret, and a publishable key is refused everywhere else. Amounts are \
                                whole Kenyan shillings. Every error has one shape, {"error":{"type","code","message",\
                                "param","reason","request_id"}}; every response carries X-Request-Id. POSTs that move money or create \
                                a session take an Idempotency-Key header."""))
                .components(new Components()
                        .addSecuritySchemes("secretKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Your secret key, sk_test_… or sk_live_…"))
                        .addSecuritySchemes("publishableKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Your publishable key, pk_test_… or pk_live_… (the checkout"
                                        + " page in a browser; refused everywhere else), in the mode of the session"))
                        .addSecuritySchemes("clientSecret", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(CheckoutHeaders.CLIENT_SECRET)
                                .description("A checkout session's client secret, sent with the publishable key")))
                .addSecurityItem(new SecurityRequirement().addList("secretKey"));
    }

    /** The JSON on the wire is snake_case (spring.jackson.property-naming-strategy); so must the schemas be. */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /**
     * Every operation may answer the error envelope; the bearer is described by the security schemes,
     * not as a header parameter of each operation.
     */
    @Bean
    OpenApiCustomizer errorEnvelopeAndBearer() {
        return api -> {
            ModelConverters.getInstance(true).readAll(ApiError.class).forEach(api.getComponents()::addSchemas);
            ApiResponse error = new ApiResponse().description("The error envelope: type, code, message, param, reason, request_id")
                    .content(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError"))));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().addApiResponse("default", error);
                if (operation.getParameters() != null) {
                    operation.getParameters().removeIf(p -> "header".equals(p.getIn())
                            && ("Authorization".equals(p.getName()) || CheckoutHeaders.CLIENT_SECRET.equals(p.getName())));
                }
                // the browser sends both at once: one requirement naming both, not two alternatives
                if (operation.getSecurity() != null) {
                    operation.getSecurity().stream().filter(requirement -> requirement.containsKey("publishableKey"))
                            .forEach(requirement -> requirement.addList("clientSecret"));
                }
            }));
        };
    }
}
