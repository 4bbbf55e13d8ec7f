package vn.sct.tracker.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text field holds only what {@link InputText} allows; {@code singleLine} also refuses line breaks and tabs. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    boolean singleLine() default false;

    String message() default "reason.controlCharacterAny";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself. */
    class Check implements ConstraintValidator<PlainText, String> {

        private boolean singleLine;

        @Override
        public void initialize(PlainText annotation) {
            singleLine = annotation.singleLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return InputText.firstRefused(value, !singleLine) < 0;
        }
    }
}
