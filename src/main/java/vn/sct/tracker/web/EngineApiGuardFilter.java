package vn.sct.tracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of Camunda's REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api}), which
 * the product cannot change from inside:
 * <ul>
 *   <li>the path and the parameters hold no control characters (400);</li>
 *   <li>bodies are bounded ({@link #MAX_JSON} for JSON, {@link #MAX_MULTIPART} for uploads: 413);</li>
 *   <li>a JSON body must be JSON and not {@code null} (400), and may not set a variable of a type no
 *       form of the product sends: {@code Object} (deserialised into Java classes), {@code Xml},
 *       {@code Bytes}, {@code File}; nor upload binary variable data (400);</li>
 *   <li>a task or start form submits only its own fields ({@link FormSubmissionRules}); a task's variables
 *       are written directly by administrators only (403 otherwise);</li>
 *   <li>the stack traces of failed jobs are for administrators only (403 otherwise);</li>
 *   <li>an error answer never shows internals ({@link #rewrite}); exceptions themselves are answered by
 *       {@link EngineErrorMappers}.</li>
 * </ul>
 */
public class EngineApiGuardFilter extends OncePerRequestFilter {

    static final int MAX_JSON = 1024 * 1024;
    static final int MAX_MULTIPART = 10 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuardFilter.class);
    private static final Set<String> REFUSED_TYPES = Set.of("object", "xml", "bytes", "file");
    private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");
    private static final Pattern VARIABLE_UPLOAD = Pattern.compile(".*/variables/[^/]+/data/?$");

    private static final Pattern STACK_TRACES = Pattern.compile(
            ".*/(job|job-log)/[^/]+/stacktrace/?$|.*/external-task/[^/]+/errorDetails/?$"
                    + "|.*/external-task-log/[^/]+/error-details/?$");

    private final ErrorBodies errors;
    private final java.util.function.Predicate<HttpServletRequest> administrator;
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final FormSubmissionRules.FormOfSubmission forms;

    public EngineApiGuardFilter(ErrorBodies errors, java.util.function.Predicate<HttpServletRequest> administrator,
                                FormSubmissionRules.FormOfSubmission forms) {
        this.errors = errors;
        this.administrator = administrator;
        this.forms = forms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = check(request, response);
        if (checked == null) {
            return;
        }
        BufferedErrorResponse guarded = new BufferedErrorResponse(response);
        chain.doFilter(checked, guarded);
        if (guarded.isHolding()) {
            rewrite(request, response, guarded.heldStatus(), guarded.heldBody());
        }
    }

    /** The request to pass on (its body read and checked), or null when it has been refused. */
    private HttpServletRequest check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String control = ApiRequestGuard.controlCharacterIn(request);
        if (control != null) {
            errors.write(request, response, 400, control, "request.parameter.control", control);
            return null;
        }
        var parameters = EngineRequestRules.checkParameters(request.getRequestURI(), request.getQueryString());
        if (parameters.isPresent()) {
            refuse(request, response, parameters.get());
            return null;
        }
        if (STACK_TRACES.matcher(request.getRequestURI()).matches() && !administrator.test(request)) {
            errors.write(request, response, 403, null, "request.stacktrace.forbidden");
            return null;
        }
        String method = request.getMethod();
        if (FormSubmissionRules.writesTaskVariables(method, request.getRequestURI()) && !administrator.test(request)) {
            errors.write(request, response, 403, null, "request.taskVariables.forbidden");
            return null;
        }
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method) && !"DELETE".equals(method)) {
            return request;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            if (VARIABLE_UPLOAD.matcher(request.getRequestURI()).matches()) {
                errors.write(request, response, 400, null, "request.variable.upload");
                return null;
            }
            if (request.getContentLengthLong() > MAX_MULTIPART) {
                errors.write(request, response, 413, null, "request.body.tooLarge", MAX_MULTIPART / 1024);
                return null;
            }
            return request;
        }
        if (WEBAPP_LOGIN.matcher(request.getRequestURI()).matches()
                && !type.startsWith("application/x-www-form-urlencoded")) {
            errors.write(request, response, 415, null, "error.status.415");
            return null;
        }
        if (!type.contains("json")) {
            return request;
        }
        if (!knownCharset(request.getCharacterEncoding())) {
            errors.write(request, response, 415, null, "error.status.415");
            return null;
        }
        if (request.getContentLengthLong() > MAX_JSON) {
            errors.write(request, response, 413, null, "request.body.tooLarge", MAX_JSON / 1024);
            return null;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_JSON + 1);
        if (body.length > MAX_JSON) {
            errors.write(request, response, 413, null, "request.body.tooLarge", MAX_JSON / 1024);
            return null;
        }
        if (body.length > 0) {
            JsonNode tree;
            try {
                tree = json.readTree(body);
            } catch (JsonProcessingException malformed) {
                errors.write(request, response, 400, null, "request.body.malformed");
                return null;
            }
            if (tree == null || tree.isNull() || tree.isMissingNode()) {
                errors.write(request, response, 400, null, "request.body.null");
                return null;
            }
            String[] refused = refusedVariable(tree, null);
            if (refused != null) {
                errors.write(request, response, 400, refused[0], "request.variable.type", refused[0], refused[1]);
                return null;
            }
            var foreign = FormSubmissionRules.foreignVariable(request.getRequestURI(), tree, forms);
            if (foreign.isPresent()) {
                errors.write(request, response, 400, foreign.get(), "request.variable.notAFormField", foreign.get());
                return null;
            }
            var rule = EngineRequestRules.checkBody(request.getRequestURI(), tree);
            if (rule.isPresent()) {
                refuse(request, response, rule.get());
                return null;
            }
        }
        return new CachedBodyRequest(request, body);
    }

    private static boolean knownCharset(String name) {
        try {
            return name == null || java.nio.charset.Charset.isSupported(name);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, EngineRequestRules.Refusal r)
            throws IOException {
        errors.write(request, response, r.status(), r.field(), r.key(), r.args());
    }

    /** The name and type of the first variable of a refused type anywhere in the body, or null. */
    static String[] refusedVariable(JsonNode node, String name) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && type.isTextual() && (node.has("value") || node.has("valueInfo"))
                    && REFUSED_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
                return new String[] {name == null ? "" : name, type.asText()};
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String[] found = refusedVariable(field.getValue(), field.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String[] found = refusedVariable(element, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The last line of defence for error answers that did not come from {@link EngineErrorMappers} (the
     * webapps' security filters, the container): a server error is masked, class names are cut, an answer
     * without a message gets one.
     */
    private void rewrite(HttpServletRequest request, HttpServletResponse response, int status, byte[] held)
            throws IOException {
        JsonNode original = null;
        try {
            original = held.length == 0 ? null : json.readTree(held);
        } catch (JsonProcessingException notJson) {
            // an HTML or text error page: replaced below
        }
        if (status >= 500 && original != null && "ServerError".equals(original.path("type").asText())) {
            errors.writeBody(response, 500, json.convertValue(original, Map.class)); // masked and logged already
            return;
        }
        if (status >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Lỗi hệ thống [{}] {} {}: {}", reference, request.getMethod(), request.getRequestURI(),
                    new String(held, java.nio.charset.StandardCharsets.UTF_8));
            errors.writeBody(response, 500, ErrorBodies.body("ServerError", null,
                    errors.message(request, "error.server.reference", reference)));
            return;
        }
        if (original instanceof ObjectNode body && body.hasNonNull("message")) {
            body.put("message", EngineErrorAnswer.clean(body.get("message").asText()));
            errors.writeBody(response, status, json.convertValue(body, Map.class));
            return;
        }
        String key = EngineErrorAnswer.statusKey(status);
        if (status == 403 && request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/cockpit/")) {
            key = "webapp.cockpit.forbidden";
        }
        errors.write(request, response, status, null, key);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
