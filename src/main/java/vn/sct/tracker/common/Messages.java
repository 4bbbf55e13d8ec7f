package vn.sct.tracker.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's user-facing texts ({@code messages.properties}, Vietnamese; {@code messages_en.properties},
 * English), for code that Spring does not create (engine plugins, Jersey providers). Spring beans read the
 * same bundle through Spring's {@code MessageSource}.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text of {@code key} in {@code locale} (Vietnamese when the bundle has no such language). */
    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("messages", locale == null ? VIETNAMESE : locale, NO_FALLBACK)
                    .getString(key);
            return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * Vietnamese then English, for refusals raised where the caller's language is unknown (inside the
     * engine, read by Java callers, REST clients and the webapps alike).
     */
    public static String bilingual(String key, Object... args) {
        return get(VIETNAMESE, key, args) + " " + get(Locale.ENGLISH, key, args);
    }

    /** English when the caller's first accepted language is English, otherwise Vietnamese. */
    public static Locale fromAcceptLanguage(String header) {
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : VIETNAMESE;
    }

    public static Locale first(List<Locale> accepted) {
        return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
