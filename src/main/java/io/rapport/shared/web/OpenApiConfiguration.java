package io.rapport.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI description's title, its one security scheme (personal API tokens as bearer tokens), and the
 * customisers that say centrally what every operation shares: its problem responses and its request body's
 * form. Controllers declare only what is their own: a summary, a stable operation id, unusual statuses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SECURITY_SCHEME = "token";

    @Bean
    OpenAPI rapportOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rapport API")
                        .version("v1")
                        .description("Contacts, companies, their timelines, tasks, imports and exports, users and"
                                + " teams. Errors are RFC 9457 problem details (application/problem+json)."))
                .components(new Components()
                        .addSecuritySchemes(
                                SECURITY_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (rpt_...), from your account page or"
                                                + " POST /api/v1/auth/tokens")))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }

    /** Runs after the other modules' customisers, so the problem responses they add get their content here. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer problemResponseDocumentation() {
        return new ProblemResponsesCustomizer();
    }

    @Bean
    OperationCustomizer requestForms() {
        return new RequestFormCustomizer();
    }
}
