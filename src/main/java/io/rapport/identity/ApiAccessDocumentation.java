package io.rapport.identity;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * Writes {@link SecurityConfiguration}'s API rules into the OpenAPI description from the same path lists: the
 * token endpoint needs no token, and an operation a role may be refused answers 403 (its problem content is
 * added by the shared problem responses).
 */
class ApiAccessDocumentation implements OpenApiCustomizer {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (path.equals(SecurityConfiguration.TOKEN_ENDPOINT) && method == PathItem.HttpMethod.POST) {
                        operation.setSecurity(List.of(new SecurityRequirement()));
                        operation
                                .getResponses()
                                .putIfAbsent("401", new ApiResponse().description("Wrong email or password"));
                    } else if (mayBeRefused(path, method)) {
                        forbidden(operation);
                    }
                }));
    }

    private static boolean mayBeRefused(String path, PathItem.HttpMethod method) {
        if (matches(path, SecurityConfiguration.ADMIN_API)) {
            return true;
        }
        if (method == PathItem.HttpMethod.GET) {
            return false;
        }
        return !(method == PathItem.HttpMethod.POST && matches(path, SecurityConfiguration.POSTS_FOR_EVERY_ROLE));
    }

    private static boolean matches(String path, String[] patterns) {
        return Arrays.stream(patterns).anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private static void forbidden(Operation operation) {
        operation.getResponses().putIfAbsent("403", new ApiResponse().description("Your role may not do this"));
    }
}
