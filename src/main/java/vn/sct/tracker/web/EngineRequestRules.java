package vn.sct.tracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sct.tracker.common.InputText;

/**
 * What a request to Camunda's REST APIs must look like before the engine sees it. Camunda reads some
 * malformed input into states it cannot handle (a stored identity link without a type breaks the task for
 * everyone, an untyped object value is stored as a serialised Java object, an empty type or a negative
 * page fails deep in the engine or the database); these rules refuse such input with 400 up front.
 */
final class EngineRequestRules {

    /** A refusal: HTTP status, the field (or null), the message key and its arguments. */
    record Refusal(int status, String field, String key, Object... args) {
    }

    /** The variable types the product's forms and integrations send. */
    private static final Set<String> VARIABLE_TYPES = Set.of("string", "boolean", "integer", "long", "short",
            "double", "date", "json", "null");
    /** Body fields that hold a map of variable name to typed value. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables",
            "processVariables", "processVariablesLocal", "variablesLocal", "correlationKeys",
            "localCorrelationKeys", "resultVariables");
    private static final Set<String> PAGING = Set.of("firstResult", "maxResults");
    private static final Pattern IDENTITY_LINKS = Pattern.compile(".*/task/[^/]+/identity-links(/delete)?/?$");
    private static final Pattern WEBAPP_ASYNC = Pattern.compile(".*/camunda/api/engine/engine/[^/]+/external-task/fetchAndLock/?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest text a variable may hold: the longest field of any form (the directive's content). */
    static final int MAX_TEXT = 8000;

    private EngineRequestRules() {
    }

    /**
     * The path and the query string, for every method: the webapps' mount cannot serve the long-polling
     * external task fetch (404); paging values are whole numbers from 0 to 2147483647.
     */
    static Optional<Refusal> checkParameters(String path, String query) {
        if (WEBAPP_ASYNC.matcher(path).matches()) {
            return Optional.of(new Refusal(404, null, "error.status.404"));
        }
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (PAGING.contains(name) && !value.isEmpty() && !(value.matches("\\d{1,10}")
                    && Long.parseLong(value) <= Integer.MAX_VALUE)) {
                return Optional.of(new Refusal(400, name, "request.paging", name));
            }
        }
        return Optional.empty();
    }

    private static final Pattern ONE_VARIABLE = Pattern.compile(".*/(variables|localVariables)/[^/]+/?$");

    /** A JSON body (never null here). */
    static Optional<Refusal> checkBody(String path, JsonNode body) {
        if (ONE_VARIABLE.matcher(path).matches() && body.isObject()) {
            String name = path.replaceAll(".*/(?:variables|localVariables)/([^/]+)/?$", "$1");
            Optional<Refusal> refused = variables(JSON.createObjectNode().set(name, body));
            if (refused.isPresent()) {
                return refused;
            }
        }
        if (IDENTITY_LINKS.matcher(path).matches() && body.isObject()) {
            JsonNode type = body.get("type");
            if (type == null || !type.isTextual() || type.asText().isBlank()) {
                return Optional.of(new Refusal(400, "type", "request.identityLink.type"));
            }
        }
        return walk(body, null);
    }

    private static Optional<Refusal> walk(JsonNode node, String name) {
        if (node.isObject()) {
            if (name != null && PAGING.contains(name)) {
                return Optional.empty();
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (PAGING.contains(field.getKey()) && value.isNumber() && (value.asLong() < 0
                        || value.asLong() > Integer.MAX_VALUE)) {
                    return Optional.of(new Refusal(400, field.getKey(), "request.paging", field.getKey()));
                }
                if (VARIABLE_MAPS.contains(field.getKey()) && value.isObject()) {
                    Optional<Refusal> refused = variables(value);
                    if (refused.isPresent()) {
                        return refused;
                    }
                } else {
                    Optional<Refusal> refused = walk(value, field.getKey());
                    if (refused.isPresent()) {
                        return refused;
                    }
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<Refusal> refused = walk(element, name);
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        return Optional.empty();
    }

    /** A map of variables: each a typed value of an accepted type, or a plain value (text, number, yes/no). */
    private static Optional<Refusal> variables(JsonNode map) {
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode variable = entry.getValue();
            if (!variable.isObject()) {
                return Optional.of(new Refusal(400, name, "request.variable.shape", name));
            }
            JsonNode type = variable.get("type");
            JsonNode value = variable.get("value");
            if (value != null && value.isTextual()) {
                if (value.asText().length() > MAX_TEXT) {
                    return Optional.of(new Refusal(400, name, "request.variable.tooLong", name, MAX_TEXT));
                }
                int bad = InputText.firstRefused(value.asText(), true);
                if (bad >= 0) {
                    return Optional.of(new Refusal(400, name, "request.variable.control", name, bad + 1));
                }
            }
            if (type != null && !type.isNull()) {
                String t = type.isTextual() ? type.asText().toLowerCase(Locale.ROOT) : "";
                if (!VARIABLE_TYPES.contains(t)) {
                    return Optional.of(new Refusal(400, name, "request.variable.type", name, type.asText()));
                }
                if (t.equals("json") && value != null && !value.isNull() && !validJson(value)) {
                    return Optional.of(new Refusal(400, name, "request.variable.json", name));
                }
                if (!t.equals("json") && value != null && (value.isObject() || value.isArray())) {
                    return Optional.of(new Refusal(400, name, "request.variable.shape", name));
                }
            } else if (value != null && (value.isObject() || value.isArray())) {
                // Camunda would store an untyped object as a serialised Java object
                return Optional.of(new Refusal(400, name, "request.variable.shape", name));
            }
        }
        return Optional.empty();
    }

    private static boolean validJson(JsonNode value) {
        if (!value.isTextual()) {
            return value.isObject() || value.isArray();
        }
        try {
            JSON.readTree(value.asText());
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
