package org.crosscheck.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description says about the API as a whole: its name, and how to authenticate. */
@Configuration
class ApiDocsConfig {

    /**
     * With {@code crosscheck.public-url} set, the description names that address as its server;
     * without, springdoc names the address the request came to (whatever its {@code Host} said).
     */
    @Bean
    OpenAPI crosscheckOpenApi(org.crosscheck.base.PublicUrl publicUrl) {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Crosscheck API").version("v1").description("""
                        Everything a reviewer does in the browser: projects, members, articles, quotes, figures, \
                        notes, comments and contradictions. Authenticate with a personal access token \
                        (the header Authorization: Bearer followed by the token), made on the Account page or with POST /api/v1/tokens and \
                        HTTP Basic. Offsets are UTF-16 code units into an article's text. Errors are RFC 9457 \
                        problem details; changes need If-Match with the ETag read."""))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("password", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
        publicUrl.configured().ifPresent(url -> api.addServersItem(new Server().url(url).description("Crosscheck")));
        return api;
    }
}
