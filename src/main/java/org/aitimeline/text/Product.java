package org.aitimeline.text;

/** The product's own name and version, as the About box, the exports' metadata and the command line print them. */
public final class Product {
    public static final String NAME = "Open-Source AI Timeline";

    private Product() {
    }

    /** The app's version, from the jar's manifest (1.0.0 when run from classes). */
    public static String version() {
        String v = Product.class.getPackage().getImplementationVersion();
        return v == null ? "1.0.0" : v;
    }
}
