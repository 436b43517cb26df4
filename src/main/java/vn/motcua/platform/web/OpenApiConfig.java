package vn.motcua.platform.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

import vn.motcua.platform.security.Actor;

/**
 * The OpenAPI document at /api/v1/openapi (Swagger UI at /api/v1/docs). The acting user is resolved
 * from the login, never a parameter; operations need HTTP Basic or an API token unless a module
 * declares them public ({@link PublicEndpoints}: {@code security: []}); every operation documents the
 * problem responses it can give; a property that may be {@code null} says so.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "apiToken";
    static final String PROBLEM = "Problem";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    /** The problem responses of every operation, with what they mean. */
    private static final Map<String, String> PROBLEMS = problems();

    private static Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid request: the fields in `errors` (validation) or the request as a whole (bad-request)");
        problems.put("401", "Not logged in, or wrong credentials");
        problems.put("403", "Not allowed for this account");
        problems.put("404", "Not found (or outside the account's reach)");
        problems.put("409", "Conflict: the state does not allow it, or `concurrent-change` (stale `version`)");
        return problems;
    }

    @Bean
    OpenAPI motcuaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("motcua API").version("v1")
                        .description("Hệ thống thông tin giải quyết thủ tục hành chính — REST API. "
                                + "Errors are RFC 9457 problem details with Vietnamese and English messages.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Officers: username and password"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("mc_...").description("Integrations: API token mc_...")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /** Public operations without security, and the problem responses on every operation. */
    @Bean
    GlobalOpenApiCustomizer problemsAndPublicOperations(List<PublicEndpoints> publicEndpoints) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getComponents().addSchemas("LocalizedText", localizedText());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (isPublic(publicEndpoints, method, path)) {
                    operation.setSecurity(new ArrayList<>());
                }
                documentProblems(operation);
            }));
        };
    }

    static boolean isPublic(List<PublicEndpoints> publicEndpoints, PathItem.HttpMethod method, String path) {
        AntPathMatcher matcher = new AntPathMatcher();
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        for (PublicEndpoints endpoints : publicEndpoints) {
            if (endpoints.anyMethodPatterns().stream().anyMatch(p -> matcher.match(p, path))
                    || read && endpoints.readPatterns().stream().anyMatch(p -> matcher.match(p, path))) {
                return true;
            }
        }
        return false;
    }

    private static void documentProblems(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        PROBLEMS.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("415", problem("Unsupported content type"));
            Content content = operation.getRequestBody().getContent();
            if (content != null && content.containsKey("multipart/form-data")) {
                responses.putIfAbsent("413", problem("The upload is too large"));
            }
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null && response.get$ref() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = object()
                .addProperty("field", typed("string").description("the field's path, e.g. `roles[0].agencyCode`"))
                .addProperty("message", ref("LocalizedText"));
        return object().description("RFC 9457 problem details, with the message in Vietnamese and English")
                .addProperty("type", typed("string").description("`urn:motcua:problem:<type>`"))
                .addProperty("title", typed("string"))
                .addProperty("status", typed("integer"))
                .addProperty("detail", typed("string"))
                .addProperty("instance", typed("string"))
                .addProperty("message", ref("LocalizedText"))
                .addProperty("errors", typed("array").items(error))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> localizedText() {
        return object().addProperty("vi", typed("string")).addProperty("en", typed("string"))
                .required(List.of("vi", "en"));
    }

    private static Schema<?> object() {
        return typed("object");
    }

    private static Schema<?> typed(String type) {
        Schema<?> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new java.util.LinkedHashSet<>(Set.of(type)));
        return schema;
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /**
     * A property whose Java type is not primitive may be {@code null} (records answer their absent
     * fields as {@code null}, and requests may leave them out): its type gets {@code "null"} too.
     */
    @Bean
    @SuppressWarnings("unchecked")
    PropertyCustomizer nullableProperties() {
        return (property, type) -> {
            if (property == null || isPrimitive(type)) {
                return property;
            }
            if (property.get$ref() != null) {
                Schema<?> nullable = new Schema<>();
                nullable.setTypes(new java.util.LinkedHashSet<>(Set.of("null")));
                return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullable))
                        .description(property.getDescription());
            }
            if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                property.addType("null");
            } else if (property.getType() != null) {
                property.setTypes(new java.util.LinkedHashSet<>(List.of(property.getType(), "null")));
            }
            property.setNullable(true);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                @SuppressWarnings("unchecked")
                List<Object> values = new ArrayList<>((List<Object>) property.getEnum());
                values.add(null);
                ((Schema<Object>) property).setEnum(values);
            }
            return property;
        };
    }

    private static boolean isPrimitive(AnnotatedType type) {
        Type javaType = type == null ? null : type.getType();
        if (javaType instanceof Class<?> c) {
            return c.isPrimitive();
        }
        if (javaType instanceof com.fasterxml.jackson.databind.JavaType j) {
            return j.isPrimitive();
        }
        return false;
    }
}
