package vn.sct.tracker.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.sct.tracker.common.InputDates;
import vn.sct.tracker.common.InputText;

/**
 * How the product's API reads what callers send: dates and months as {@link InputDates} reads them, in
 * query parameters and JSON alike; JSON text without control characters ({@link InputText}); a JSON
 * property the request does not have, or anything after the JSON value, is refused.
 */
@Configuration
public class InputFormats implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, s -> InputDates.date(s, "value"));
        registry.addConverter(String.class, YearMonth.class, s -> InputDates.month(s, "value"));
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .deserializerByType(LocalDate.class, new FromText<>(InputDates::date, "reason.dateFormat"))
                .deserializerByType(YearMonth.class, new FromText<>(InputDates::month, "reason.monthFormat"))
                .deserializerByType(String.class, new PlainStringDeserializer());
    }

    /** The JSON property being read: the field a refusal names. */
    private static String field(JsonParser p) {
        String name;
        try {
            name = p.currentName();
        } catch (IOException unreadable) {
            name = null;
        }
        return name == null ? "body" : name;
    }

    /** A value written as JSON text and read by {@code parse(text, field)}; anything else is refused. */
    static final class FromText<T> extends JsonDeserializer<T> {
        private final java.util.function.BiFunction<String, String, T> parse;
        private final String reasonKey;

        FromText(java.util.function.BiFunction<String, String, T> parse, String reasonKey) {
            this.parse = parse;
            this.reasonKey = reasonKey;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new vn.sct.tracker.common.ValidationException(field(p), reasonKey,
                        InputText.visible(String.valueOf(p.getText())));
            }
            return parse.apply(p.getText(), field(p));
        }
    }

    /** Text as Jackson reads it, refused when it holds a character no field may hold. */
    static final class PlainStringDeserializer extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, context);
            return InputText.check(field(p), value);
        }
    }
}
