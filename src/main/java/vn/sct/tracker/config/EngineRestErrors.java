package vn.sct.tracker.config;

import org.camunda.bpm.engine.ProcessEngineException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sct.tracker.common.ValidationErrors;
import vn.sct.tracker.common.ValidationException;

/**
 * Camunda's REST API wraps an error thrown by a task listener twice ("Cannot submit task form …:
 * ENGINE-03051 … Message: '…'"). Tasklist shows that message to the user; for bad input the user must
 * read only which field and why, in Vietnamese. This mapper answers 400 with the plain message and the
 * field; every other error keeps Camunda's own answer.
 */
@Configuration
public class EngineRestErrors {

    @Bean
    ResourceConfigCustomizer validationErrorsAsBadRequest() {
        return config -> {
            config.register(ValidationErrorMapper.class);
            config.register(PasswordPolicyMapper.class);
        };
    }

    @Priority(1)
    public static class ValidationErrorMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            ValidationException invalid = ValidationErrors.find(exception);
            if (invalid == null) {
                return camunda.toResponse(exception);
            }
            Map<String, String> body = new LinkedHashMap<>();
            body.put("type", "ValidationException");
            body.put("message", invalid.getMessage());
            body.put("field", invalid.field());
            return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
    }

    /** A password refused by Camunda's password policy is bad input (400), said in Vietnamese. */
    @Priority(1)
    public static class PasswordPolicyMapper implements ExceptionMapper<ProcessEngineException> {

        private final org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler camunda =
                new org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (exception.getMessage() == null || !exception.getMessage().contains("Password does not match policy")) {
                return camunda.toResponse(exception);
            }
            Map<String, String> body = new LinkedHashMap<>();
            body.put("type", "PasswordPolicyException");
            body.put("message", "Mật khẩu: chưa đạt chính sách mật khẩu (tối thiểu 10 ký tự, có chữ hoa, chữ thường,"
                    + " chữ số, ký tự đặc biệt, không chứa tên đăng nhập hay họ tên)");
            body.put("field", "password");
            return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
    }
}
