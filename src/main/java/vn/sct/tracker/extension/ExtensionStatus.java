package vn.sct.tracker.extension;

import java.util.Locale;
import vn.sct.tracker.common.Messages;

/** Where an extension request stands; the names are in the message bundle. */
public enum ExtensionStatus {
    PENDING, GRANTED, REJECTED, PROVINCE_REFUSED, CANCELLED;

    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "extensionStatus." + name());
    }
}
