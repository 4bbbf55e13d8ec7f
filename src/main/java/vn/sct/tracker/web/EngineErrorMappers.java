package vn.sct.tracker.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import vn.sct.tracker.common.Messages;

/**
 * The exception mappers that replace Camunda's in every JAX-RS application of the product
 * ({@code /engine-rest} and the webapps' APIs), all answering with {@link EngineErrorAnswer}. Jersey picks
 * the mapper of the closest exception type, so there is one per type Camunda maps, each with a higher
 * priority than Camunda's.
 */
public final class EngineErrorMappers {

    /** The mapper classes, to register with a JAX-RS application. */
    public static final List<Class<?>> ALL = List.of(ForThrowable.class, ForRest.class, ForEngine.class,
            ForJsonMapping.class, ForJsonParse.class, EngineJson.class);

    private EngineErrorMappers() {
    }

    abstract static class Base {
        @Context
        HttpHeaders headers;

        Response answer(Throwable error) {
            EngineErrorAnswer answer = EngineErrorAnswer.of(error,
                    headers == null ? Messages.VIETNAMESE : Messages.first(headers.getAcceptableLanguages()));
            return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body())
                    .build();
        }
    }

    @Priority(1)
    public static class ForThrowable extends Base implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class ForRest extends Base implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class ForEngine extends Base implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class ForJsonMapping extends Base implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class ForJsonParse extends Base implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException error) {
            return answer(error);
        }
    }
}
