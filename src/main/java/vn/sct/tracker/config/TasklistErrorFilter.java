package vn.sct.tracker.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapps' own REST mount ({@code /camunda/api/engine}), a JAX-RS
 * application of its own that {@link EngineRestErrors} cannot reach. When a form is refused as bad
 * input, this filter turns the engine's wrapped 500 into 400 with only the Vietnamese message
 * ("field: reason"), which is what Tasklist shows the user.
 */
@Configuration
public class TasklistErrorFilter {

    static final Pattern WRAPPED = Pattern.compile(
            "vn\\.sct\\.tracker\\.common\\.ValidationException: (.*?)'?\\s*$", Pattern.DOTALL);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tasklistValidationErrors() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    /** The plain message of a wrapped validation error, or null. */
    static String plainMessage(String engineMessage) {
        if (engineMessage == null) {
            return null;
        }
        Matcher m = WRAPPED.matcher(engineMessage);
        return m.find() ? m.group(1) : null;
    }

    static class Filter extends OncePerRequestFilter {
        private final ObjectMapper json = new ObjectMapper();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form")) {
                chain.doFilter(request, response);
                return;
            }
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() >= 500) {
                String plain = null;
                try {
                    Object message = json.readValue(wrapper.getContentAsByteArray(), Map.class).get("message");
                    plain = plainMessage(message == null ? null : message.toString());
                } catch (IOException notJson) {
                    // leave the engine's answer as it is
                }
                if (plain != null) {
                    Map<String, String> body = new LinkedHashMap<>();
                    body.put("type", "ValidationException");
                    body.put("message", plain);
                    wrapper.resetBuffer();
                    wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    wrapper.setContentType("application/json;charset=UTF-8");
                    wrapper.getOutputStream().write(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
                }
            }
            wrapper.copyBodyToResponse();
        }
    }
}
