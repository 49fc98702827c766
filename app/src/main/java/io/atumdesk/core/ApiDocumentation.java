package io.atumdesk.core;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: title, sign-in schemes, no internal params. */
@Configuration
class ApiDocumentation {

  static {
    // The signed-in Actor is resolved from the security context, never sent by clients.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
  }

  @Bean
  OpenAPI atumDeskApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("ATUM DESK API")
                .version("v1")
                .description(
                    "Tickets, their processes and human tasks. Sign in with HTTP Basic or a"
                        + " personal API token (POST /api/v1/me/tokens) sent as Bearer."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
