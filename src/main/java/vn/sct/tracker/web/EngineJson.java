package vn.sct.tracker.web;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.dto.StatisticsResultDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Camunda's JSON settings for its REST APIs, except that statistics answers no longer name their Java
 * class ({@code "@class": "org.camunda..."}): nothing reads it, and no answer shows internals.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(1)
public class EngineJson implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper())
            .addMixIn(StatisticsResultDto.class, NoTypeInfo.class);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private abstract static class NoTypeInfo {
    }
}
