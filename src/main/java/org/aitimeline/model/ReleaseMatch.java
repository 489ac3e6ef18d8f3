package org.aitimeline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's release and the public record's entry for the same release: the same model (names compared
 * {@link #normalised} - case, spaces, hyphens and underscores ignored - or the record naming one size of it, "Llama 2-70B"
 * for "Llama 2") and dates no more than {@link #MAX_DAYS_APART} days apart. Says whether the two disagree on the date
 * (their spans do not meet) or on openness (different access).
 */
public record ReleaseMatch(Event article, Event record, boolean dateDiffers, boolean opennessDiffers) {

    /** How far apart two dates of one release may be ("within a month"). */
    public static final int MAX_DAYS_APART = 31;

    /** A size at the end of a model's name: "-70B", " 14B", "-1.5b", "-350M". */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("[\\s\\-_]+\\d+(\\.\\d+)?[bm]$");
    /** Where the converter keeps Epoch's own words for the model's accessibility in the summary. */
    private static final Pattern RECORD_WORDING = Pattern.compile("according to Epoch AI: “([^”]+)”");

    /** A model name for comparison: lower case, without spaces, hyphens or underscores. */
    public static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_‐–]+", "");
    }

    /** Whether either disagrees with the other. */
    public boolean disagrees() {
        return dateDiffers || opennessDiffers;
    }

    /** The record's own words for the release's openness ("Open weights (unrestricted)"), or empty when it gives none. */
    public String recordWording() {
        Matcher m = RECORD_WORDING.matcher(record.summary().en());
        return m.find() ? m.group(1) : "";
    }

    /** The record's releases by model name, to match many article events against. */
    public static final class Index {
        private final Map<String, List<Event>> byName = new HashMap<>();
        private final Map<String, List<Event>> bySizedName = new HashMap<>();

        public Index(Collection<Event> recordEvents) {
            for (Event e : recordEvents) {
                if (e.category() != Category.RELEASE) continue;
                for (String model : names(e)) {
                    byName.computeIfAbsent(normalised(model), k -> new ArrayList<>()).add(e);
                    Matcher size = SIZE_SUFFIX.matcher(model.toLowerCase(Locale.ROOT).strip());
                    if (size.find()) {
                        String family = model.strip().substring(0, size.start());
                        bySizedName.computeIfAbsent(normalised(family), k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }

        /** The record's entry for an article's release: a same-named one first, else a sized one; the nearest in date. */
        public Optional<ReleaseMatch> find(Event article) {
            if (article.category() != Category.RELEASE || article.models().isEmpty()) return Optional.empty();
            for (Map<String, List<Event>> names : List.of(byName, bySizedName)) {
                Event best = null;
                long bestApart = Long.MAX_VALUE;
                for (String model : article.models()) {
                    for (Event candidate : names.getOrDefault(normalised(model), List.of())) {
                        if (candidate == article) continue;
                        long apart = daysApart(article.date(), candidate.date());
                        if (apart <= MAX_DAYS_APART && apart < bestApart) {
                            best = candidate;
                            bestApart = apart;
                        }
                    }
                }
                if (best != null) {
                    return Optional.of(new ReleaseMatch(article, best, bestApart > 0,
                            article.access() != null && best.access() != null && article.access() != best.access()));
                }
            }
            return Optional.empty();
        }

        private static List<String> names(Event e) {
            return e.models().isEmpty() ? List.of(e.title().en()) : e.models();
        }
    }

    /** Days between two dates: 0 when their spans share a day ("2025-01" and "2025-01-20"), else from one to the other. */
    static long daysApart(PartialDate a, PartialDate b) {
        if (a.startEpochDay() < b.endEpochDay() && b.startEpochDay() < a.endEpochDay()) return 0;
        // End days are exclusive: the last day of the earlier span to the first of the later.
        return Math.max(b.startEpochDay() - a.endEpochDay(), a.startEpochDay() - b.endEpochDay()) + 1;
    }
}
