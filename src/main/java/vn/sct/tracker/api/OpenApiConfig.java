package vn.sct.tracker.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of the product's API, served at /v3/api-docs, browsable at /api/docs. */
@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI directiveTrackerApi() {
        return new OpenAPI()
                .info(new Info().title("Theo dõi nhiệm vụ, ý kiến chỉ đạo").version("0.1")
                        .description("API của hệ thống theo dõi nhiệm vụ. Xác thực HTTP Basic bằng tài khoản Camunda."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
