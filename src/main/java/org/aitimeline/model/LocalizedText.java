package org.aitimeline.model;

import java.util.Locale;
import java.util.Objects;

/** A short text written in English and Italian; the UI shows the one matching its language. */
public record LocalizedText(String en, String it) {

    /** No text in either language. */
    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(it, "it");
    }

    /**
     * One text for both languages: a field given as a plain string (schema version 2 and earlier), which is English,
     * shown as it is in the Italian window until it is translated.
     */
    public static LocalizedText of(String text) {
        return text == null || text.isEmpty() ? EMPTY : new LocalizedText(text, text);
    }

    /** True when neither language has any text but whitespace. */
    public boolean isBlank() {
        return en.isBlank() && it.isBlank();
    }

    /** The Italian text for an Italian locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? it : en;
    }
}
