package org.aitimeline.data.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as Epoch AI writes them (UN-style, "Korea (Republic of)") to ISO 3166-1 alpha-2 codes. */
final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        // Epoch's spellings that differ from the JDK's English names.
        CODES.put(key("United States of America"), "US");
        CODES.put(key("United Kingdom of Great Britain and Northern Ireland"), "GB");
        CODES.put(key("Korea (Republic of)"), "KR");
        CODES.put(key("Korea (Democratic People's Republic of)"), "KP");
        CODES.put(key("Iran (Islamic Republic of)"), "IR");
        CODES.put(key("Russia"), "RU");
        CODES.put(key("Russian Federation"), "RU");
        CODES.put(key("Hong Kong"), "HK");
        CODES.put(key("Taiwan"), "TW");
        CODES.put(key("Czechia"), "CZ");
        CODES.put(key("Czech Republic"), "CZ");
        CODES.put(key("Viet Nam"), "VN");
        CODES.put(key("Türkiye"), "TR");
        CODES.put(key("Netherlands (Kingdom of the)"), "NL");
    }

    private Countries() {
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The ISO code for an Epoch country name, or null (also for "Multinational", which names no country). */
    static String code(String name) {
        return isNone(name) ? null : CODES.get(key(name));
    }

    /** "Multinational": Epoch's word for an organization of several countries; it maps to none. */
    static boolean isNone(String name) {
        return key(name).equals("multinational");
    }
}
