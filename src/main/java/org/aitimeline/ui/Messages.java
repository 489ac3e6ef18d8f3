package org.aitimeline.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Loads the window's resource bundle and formats its parameterised strings. */
public final class Messages {

    static final String BUNDLE = "org.aitimeline.ui.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getModule());
    }

    static String format(ResourceBundle messages, String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }
}
