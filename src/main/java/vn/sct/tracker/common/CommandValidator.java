package vn.sct.tracker.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a command record with Bean Validation and refuses the first broken rule, in the order the
 * record declares its fields, as a {@link ValidationException}. A constraint's {@code message} is a
 * reason key of the message bundle; its {@code max}, {@code min} or {@code value} is the key's argument.
 */
@Component
public class CommandValidator {

    private final Validator validator;

    public CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return command;
        }
        List<String> order = command.getClass().isRecord()
                ? java.util.Arrays.stream(command.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparingInt((ConstraintViolation<T> v) -> position(order, v))
                        .thenComparing(v -> v.getMessageTemplate()))
                .orElseThrow();
        throw refusal(first);
    }

    /** The refusal a violation stands for. */
    public static ValidationException refusal(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        String key = violation.getMessageTemplate().replace("{", "").replace("}", "");
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<Object> args = new ArrayList<>();
        for (String name : List.of("max", "min", "value")) {
            if (attributes.containsKey(name)) {
                args.add(attributes.get(name));
            }
        }
        return new ValidationException(field, key, args.toArray());
    }

    private static int position(List<String> order, ConstraintViolation<?> v) {
        int i = order.indexOf(v.getPropertyPath().toString());
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
