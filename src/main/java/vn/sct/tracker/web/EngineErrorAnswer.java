package vn.sct.tracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.ValidationErrors;
import vn.sct.tracker.common.ValidationException;

/**
 * What Camunda's REST APIs answer for an exception, decided from the cause rather than from where it was
 * thrown. Camunda's own handlers answer 500 for much bad input (an id that does not exist, a missing
 * field, a value of the wrong kind), wrapped as {@code RestException}, with Java class names in the
 * message. Here:
 * <ul>
 *   <li>a form refused by the product's rules: 400 with the field and the Vietnamese reason;</li>
 *   <li>missing rights: 403; something that does not exist: 404; changed meanwhile or already there: 409;</li>
 *   <li>anything caused by the request itself (a Camunda "bad user request", a value the engine cannot
 *       read, a missing value, a database value error): 400;</li>
 *   <li>only a real server fault is 500, with a reference to the log line that holds the details.</li>
 * </ul>
 * The message is Vietnamese (English on request) followed by Camunda's own detail, without class names.
 */
public final class EngineErrorAnswer {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswer.class);
    private static final Pattern QUALIFIED_CLASS = Pattern.compile(
            "\\b(?:[a-z_$][a-z0-9_$]*\\.)+([A-Z][A-Za-z0-9_$]*)\\b");
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("\\b[A-Z][A-Za-z0-9_$]*(Exception|Error): ");
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i)(cannot find|could not find|not found|no \\S+( \\S+)? found|does not exist|doesn't exist|"
                    + "does not have|no deployed|unknown (process|task|job|user|group))");
    /** SQL the request's values made invalid (H2 and PostgreSQL codes): a syntax or type mismatch. */
    private static final java.util.Set<String> SYNTAX_STATES = java.util.Set.of("42000", "42001", "42601", "42804",
            "42883", "42P10", "90008", "90068");
    /** How the engine words a refused argument when it throws a plain exception for it. */
    private static final Pattern BAD_ARGUMENT = Pattern.compile(
            "(?i)(is null$|is empty$|invalid|is not a valid|not allowed|must be|must not|cannot be|can't be|"
                    + "unsupported|illegal|malformed|not supported|too long|too large|must specify|(cannot|could not) (parse|correlate|deserialize|transform))");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final int status;
    private final Map<String, Object> body;

    private EngineErrorAnswer(int status, Map<String, Object> body) {
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }

    public static EngineErrorAnswer of(Throwable error, Locale locale) {
        ValidationException invalid = ValidationErrors.find(error);
        if (invalid != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "ValidationException");
            body.put("message", invalid.message(locale));
            body.put("field", invalid.field());
            return new EngineErrorAnswer(400, body);
        }
        if (String.valueOf(error.getMessage()).contains("Password does not match policy")) {
            return new EngineErrorAnswer(400, ErrorBodies.body("PasswordPolicyException", "password",
                    Messages.get(locale, "password.policy")));
        }
        int status = status(error);
        if (status >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Lỗi hệ thống [{}]", reference, error);
            return new EngineErrorAnswer(500, ErrorBodies.body("ServerError", null,
                    Messages.get(locale, "error.server.reference", reference)));
        }
        Throwable camunda = deepestCamunda(error);
        Map<String, Object> body = new LinkedHashMap<>();
        if (camunda != null) {
            // Camunda's own answer for it (e.g. the missing authorizations Tasklist reads), messages cleaned.
            ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(camunda);
            body.putAll(JSON.convertValue(dto, Map.class));
        }
        body.put("type", camunda == null ? "InvalidRequestException" : camunda.getClass().getSimpleName());
        String detail = camunda == null && !(error instanceof RestException) ? null : clean(error.getMessage());
        String summary = Messages.get(locale, statusKey(status));
        body.put("message", detail == null || detail.isBlank() ? summary : summary + " " + detail);
        return new EngineErrorAnswer(status, body);
    }

    /** The HTTP status an exception stands for: below 500 when the caller caused it. */
    public static int status(Throwable error) {
        if (String.valueOf(error.getMessage()).contains("Password does not match policy")) {
            return 400;
        }
        Integer restStatus = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthorizationException) {
                return 403;
            }
            if (t instanceof OptimisticLockingException) {
                return 409;
            }
            if (t instanceof NotFoundException || t instanceof NullValueException
                    || t instanceof org.camunda.bpm.engine.exception.DeploymentResourceNotFoundException) {
                return NOT_FOUND.matcher(String.valueOf(error.getMessage())).find() ? 404 : 400;
            }
            if (t instanceof BadUserRequestException || t instanceof ParseException
                    || t instanceof org.camunda.bpm.engine.migration.MigrationPlanValidationException
                    || t instanceof org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException
                    || t instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException
                    || t instanceof org.camunda.bpm.engine.exception.NotAllowedException) {
                return NOT_FOUND.matcher(String.valueOf(t.getMessage())).find() ? 404 : 400;
            }
            if (fromArgumentCheck(t)) {
                return NOT_FOUND.matcher(String.valueOf(t.getMessage())).find() ? 404 : 400;
            }
            if (t instanceof NullPointerException || t instanceof IllegalArgumentException
                    || t instanceof ClassCastException || t instanceof DateTimeException
                    || t instanceof JsonProcessingException || t instanceof UnsupportedOperationException
                    || t instanceof IndexOutOfBoundsException || t instanceof ArithmeticException
                    || t.getClass().getName().startsWith("org.camunda.bpm.dmn")
                    || t.getClass().getName().startsWith("org.camunda.feel")) {
                return 400;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().startsWith("22") || SYNTAX_STATES.contains(sql.getSQLState())) {
                    return 400; // a value the column cannot hold, or a query the request's values made invalid
                }
                if (sql.getSQLState().startsWith("23")) {
                    return 409; // already exists, or still referenced
                }
            }
            if (t instanceof WebApplicationException web && web.getResponse() != null) {
                return web.getResponse().getStatus();
            }
            if (restStatus == null && t instanceof RestException rest && rest.getStatus() != null
                    && rest.getStatus().getStatusCode() < 500) {
                restStatus = rest.getStatus().getStatusCode();
            }
        }
        if (restStatus != null) {
            return restStatus;
        }
        String message = String.valueOf(error.getMessage());
        boolean fromEngine = error instanceof org.camunda.bpm.engine.ProcessEngineException || error instanceof RestException;
        if (!fromEngine || persistence(error)) {
            return 500;
        }
        return NOT_FOUND.matcher(message).find() ? 404 : BAD_ARGUMENT.matcher(message).find() ? 400 : 500;
    }

    private static boolean persistence(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof org.camunda.bpm.engine.ProcessEnginePersistenceException
                    || t.getClass().getName().startsWith("org.apache.ibatis")) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the engine's checks of the arguments it was given (EnsureUtil): the caller's input. */
    private static boolean fromArgumentCheck(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
            if (frames[i].getClassName().equals("org.camunda.bpm.engine.impl.util.EnsureUtil")) {
                return true;
            }
        }
        return false;
    }

    static String statusKey(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 409, 413, 415, 429 -> "error.status." + status;
            default -> status >= 500 ? "error.status.500" : "error.status.400";
        };
    }

    private static Throwable deepestCamunda(Throwable error) {
        Throwable found = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.camunda.bpm.engine.ProcessEngineException) {
                found = t;
            }
        }
        return found;
    }

    /** Camunda's message without package-qualified class names. */
    static String clean(String message) {
        return message == null ? null
                : EXCEPTION_PREFIX.matcher(QUALIFIED_CLASS.matcher(message).replaceAll("$1")).replaceAll("");
    }
}
