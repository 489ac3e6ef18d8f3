package org.aitimeline.model;

import java.util.Optional;

/** The closed vocabulary of event kinds; {@link #id()} is the value used in the JSON dataset. */
public enum Category implements Coded {
    /** A model, dataset or tool is published (weights, code or API). */
    RELEASE("release"),
    /** Something meant to stay private becomes public (the LLaMA weights, the Google memo). */
    LEAK("leak"),
    /** Downloads, usage and adoption figures, derivatives built on a model. */
    ADOPTION("adoption"),
    /** Agreements between organizations, integrations, joint projects. */
    PARTNERSHIP("partnership"),
    /** Company strategy, new labs, hiring, expansion plans, investments. */
    CORPORATE("corporate"),
    /** Government action: export restrictions, regulation, sanctions. */
    POLICY("policy"),
    /** Training and running costs, prices. */
    COST("cost"),
    /** Surveys, rankings and benchmark results about the field. */
    SURVEY("survey"),
    /** A public statement, analysis or opinion by a named person or organization. */
    STATEMENT("statement");

    private final String id;
    private final java.util.List<String> keys;

    Category(String id) {
        this.id = id;
        this.keys = java.util.List.of(id);
    }

    /** {@code [id]}, made once: the value's key in its {@link Facet}. */
    public java.util.List<String> keys() {
        return keys;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Category> fromId(String id) {
        return Coded.fromId(Category.class, id);
    }
}
