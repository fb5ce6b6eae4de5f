package org.entente.shared.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (springdoc, no UI): the API's paths as the
 * controllers declare them, the two ways to be signed in (a personal access token, or the
 * browser's session for reading), the problem every error answers, and the list shape every list
 * has. Responses every operation can give (401, 403, 500; 400 with parameters; 404 with a path
 * variable) are added to each.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";
    static final String SESSION = "browserSession";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    /** Properties of every list (api.md); a component with all of them is a list. */
    static final Set<String> LIST = Set.of("items", "page", "size", "total");

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Entente API")
                        .version("v1")
                        .description("Defence-cooperation records. Lists hold only what the caller may read; "
                                + "errors are application/problem+json (RFC 9457) in the caller's language "
                                + "(Accept-Language). Records carry an ETag; If-None-Match answers 304 and a "
                                + "stale If-Match 412.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("ent_…")
                                        .description("A personal access token (account menu → Access tokens); "
                                                + "scope READ allows GET only, WRITE allows every method."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("ENTENTE_SESSION")
                                        .description("The browser's signed-in session; writes also need the CSRF "
                                                + "token (X-CSRF-TOKEN).")))
                .security(
                        List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
    }

    @Bean
    OpenApiCustomizer problemsAndLists() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            if (openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::requireListShape);
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperations().forEach(operation -> {
                        ApiResponses responses =
                                operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                        operation.setResponses(responses);
                        problem(responses, "401", "Not signed in, or a bad, expired or revoked token.");
                        problem(responses, "403", "Not allowed (role, scope of the token, or a missing CSRF token).");
                        problem(responses, "500", "Unexpected; the cause is logged, never shown.");
                        if (hasParameters(operation)) {
                            problem(responses, "400", "Invalid parameters: errors name each field.");
                        }
                        if (path.contains("{")) {
                            problem(responses, "404", "No such record, or not released to the caller.");
                        }
                        if (path.endsWith("/{id}") && operation == item.getGet()) {
                            // A record read alone carries its ETag (ETags.ok).
                            responses.addApiResponse(
                                    "304",
                                    new ApiResponse()
                                            .description("Not modified: If-None-Match names the current ETag."));
                        }
                        if (operation.getRequestBody() != null) {
                            problem(responses, "415", "The body is not of an accepted media type.");
                            problem(responses, "422", "Refused input: errors name each field and say why.");
                        }
                        responses.forEach((status, response) -> {
                            if (status.startsWith("4") || status.startsWith("5")) {
                                response.setContent(problemContent());
                            }
                        });
                    }));
        };
    }

    private static boolean hasParameters(Operation operation) {
        return (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void requireListShape(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && properties.keySet().equals(LIST)) {
            schema.setRequired(List.copyOf(new java.util.TreeSet<>(LIST)));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema error = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("RFC 9457 problem details, in the caller's language.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error))
                .required(List.of("status", "title", "detail"));
    }
}
