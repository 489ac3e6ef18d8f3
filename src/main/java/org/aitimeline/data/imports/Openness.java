package org.aitimeline.data.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitimeline.model.Access;

/**
 * Epoch AI's "Model accessibility" to our access facet, and the licence named in its accessibility notes.
 *
 * <pre>
 * Open weights (unrestricted)    → open-source when the training code is "Open source" and the notes name an
 *                                  OSI licence (Apache-2.0, MIT), else open-weights
 * Open weights (restricted use)  → open-weights
 * Open weights (non-commercial)  → open-weights
 * API access                     → api-only
 * Hosted access (no API)         → api-only
 * Unreleased                     → closed
 * (empty)                        → no access value: Epoch does not record it
 * </pre>
 * Epoch's own words are kept in the event's summary, so nothing is lost where our facet is coarser.
 */
final class Openness {

    private Openness() {
    }

    /** The access for Epoch's wording, or null when the wording is unknown. */
    static Access access(String wording, String trainingCode, String notes) {
        return switch (wording.toLowerCase(Locale.ROOT)) {
            case "open weights (unrestricted)" -> trainingCode.equalsIgnoreCase("Open source")
                    && OSI.contains(String.valueOf(licenceIn(notes))) ? Access.OPEN_SOURCE : Access.OPEN_WEIGHTS;
            case "open weights (restricted use)", "open weights (non-commercial)" -> Access.OPEN_WEIGHTS;
            case "api access", "hosted access (no api)" -> Access.API_ONLY;
            case "unreleased" -> Access.CLOSED;
            default -> null;
        };
    }

    /** The licence for an open release: the one its notes name, else Epoch's wording ("unnamed licence (…)"). */
    static String licence(String wording, String notes) {
        String named = licenceIn(notes);
        if (named != null) return named;
        int paren = wording.indexOf('(');
        return "licence not named by Epoch AI" + (paren < 0 ? "" : " " + wording.substring(paren));
    }

    private static final List<String> OSI = List.of("Apache-2.0", "MIT");

    /** Licences recognised in the notes: pattern, then the SPDX id (or the licence's name where there is none). */
    private static final List<Object[]> KNOWN = List.of(
            new Object[] {Pattern.compile("apache[ -]?(licen[sc]e[ ,]*)?(version )?2(\\.0)?|apache", Pattern.CASE_INSENSITIVE), "Apache-2.0"},
            new Object[] {Pattern.compile("\\bMIT\\b"), "MIT"},
            new Object[] {Pattern.compile("CC[- ]BY[- ]NC[- ]SA[- ]?4\\.0|Attribution[- :]*Non[- ]?Commercial[- ]*Share[- ]?Alike 4\\.0",
                    Pattern.CASE_INSENSITIVE), "CC-BY-NC-SA-4.0"},
            new Object[] {Pattern.compile("CC[- ]BY[- ]NC[- ]?4\\.0|Attribution[- :]*Non[- ]?Commercial 4\\.0", Pattern.CASE_INSENSITIVE), "CC-BY-NC-4.0"},
            new Object[] {Pattern.compile("CC[- ]BY[- ]?4\\.0", Pattern.CASE_INSENSITIVE), "CC-BY-4.0"},
            new Object[] {Pattern.compile("llama ?(\\d(\\.\\d)?) community licen[cs]e", Pattern.CASE_INSENSITIVE), "Llama %s Community License"},
            new Object[] {Pattern.compile("gemma (terms|licen[cs]e)", Pattern.CASE_INSENSITIVE), "Gemma Terms of Use"});

    /** The licence named first in the notes, or null. */
    static String licenceIn(String notes) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Object[] k : KNOWN) {
            Matcher m = ((Pattern) k[0]).matcher(notes);
            if (m.find() && m.start() < at) {
                at = m.start();
                String id = (String) k[1];
                best = id.contains("%s") ? id.formatted(m.group(1)) : id;
            }
        }
        return best;
    }
}
