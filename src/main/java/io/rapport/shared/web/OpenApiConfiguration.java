package io.rapport.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and its one security scheme: personal API tokens as bearer tokens. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI rapportOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rapport API")
                        .version("v1")
                        .description("Contacts, companies, users and teams. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (rpt_...), from your account page or"
                                                + " POST /api/v1/auth/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
