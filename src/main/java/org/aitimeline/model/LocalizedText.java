package org.aitimeline.model;

import java.util.Locale;
import java.util.Objects;

/** A short text written in English and Italian; the UI shows the one matching its language. */
public record LocalizedText(String en, String it) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(it, "it");
    }

    /** The Italian text for an Italian locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? it : en;
    }
}
