package org.aitimeline.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * Deterministic synthetic datasets of any size for benchmarks and scale tests: in memory, or written to disk in
 * the real file format with their article files.
 */
public final class SyntheticEvents {

    static final String[] COUNTRIES = {"US", "CN", "FR", "GB", "DE", "JP", "KR", "CA"};
    static final int EVENTS_PER_ARTICLE = 200;
    static final LocalDate START = LocalDate.of(2016, 1, 1);

    private SyntheticEvents() {
    }

    /** An in-memory dataset with {@code lanes} organizations, events spread over {@code years} years from 2016. */
    public static Dataset generate(int events, int lanes, int years, long seed) {
        List<Organization> orgs = organizations(lanes);
        List<List<String>> single = new ArrayList<>(lanes);
        List<List<String>> countryOf = new ArrayList<>(lanes);
        for (Organization o : orgs) {
            single.add(List.of(o.id()));
            countryOf.add(List.of(o.country()));
        }
        String text = "Testo sintetico condiviso da tutti gli eventi generati.";
        Source source = new Source("synthetic", "synthetic.txt", "Synthetic article", "it", PartialDate.ofYear(2016), "", text);
        List<Passage> passages = List.of(new Passage("synthetic", "Testo sintetico", "", "", 0, 15));
        LocalizedText summary = new LocalizedText("A synthetic event.", "Un evento sintetico.");
        List<String> models = List.of("Model");
        Category[] categories = Category.values();
        SplittableRandom random = new SplittableRandom(seed);
        int days = years * 365;
        List<Event> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            int lane = random.nextInt(lanes);
            PartialDate date = date(random, days);
            String title = "Event " + i;
            List<String> eventOrgs = random.nextInt(10) == 0 && lanes > 1
                    ? List.of(orgs.get(lane).id(), orgs.get((lane + 1) % lanes).id()) : single.get(lane);
            list.add(new Event("e" + i, date, "", new LocalizedText(title, title), summary,
                    categories[random.nextInt(categories.length)], eventOrgs, countryOf.get(lane), models, List.of(), passages));
        }
        list.sort((a, b) -> a.date().compareTo(b.date()));
        return new Dataset("Synthetic " + events, "synthetic", List.of(source), orgs, list);
    }

    /** Writes a dataset of {@code events} events in the real JSON format plus its article files into {@code dir}. */
    public static Path writeJson(int events, Path dir) {
        try {
            Files.createDirectories(dir.resolve("seeds"));
            SplittableRandom random = new SplittableRandom(42);
            int articles = (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
            for (int a = 0; a < articles; a++) {
                StringBuilder sb = new StringBuilder("Articolo sintetico numero ").append(a).append("\n\n");
                for (int i = a * EVENTS_PER_ARTICLE; i < Math.min(events, (a + 1) * EVENTS_PER_ARTICLE); i++) {
                    sb.append(sentence(i)).append(i % 7 == 0 ? "\n\n" : " ");
                }
                Files.writeString(dir.resolve("seeds/a" + a + ".txt"), sb, StandardCharsets.UTF_8);
            }
            Path json = dir.resolve("synthetic.json");
            List<Organization> orgs = organizations(20);
            Category[] categories = Category.values();
            try (JsonGenerator g = new JsonFactory().createGenerator(json.toFile(), JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("schemaVersion", 1);
                g.writeStringField("title", "Synthetic " + events);
                g.writeArrayFieldStart("sources");
                for (int a = 0; a < articles; a++) {
                    g.writeStartObject();
                    g.writeStringField("id", "a" + a);
                    g.writeStringField("file", "seeds/a" + a + ".txt");
                    g.writeStringField("title", "Articolo sintetico " + a);
                    g.writeStringField("language", "it");
                    g.writeStringField("published", "2025");
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("organizations");
                for (Organization o : orgs) {
                    g.writeStartObject();
                    g.writeStringField("id", o.id());
                    g.writeStringField("name", o.name());
                    g.writeStringField("country", o.country());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("events");
                for (int i = 0; i < events; i++) {
                    Organization o = orgs.get(random.nextInt(orgs.size()));
                    g.writeStartObject();
                    g.writeStringField("id", "e" + i);
                    g.writeStringField("date", date(random, 3650).toEdtf());
                    g.writeObjectFieldStart("title");
                    g.writeStringField("en", "Synthetic event " + i);
                    g.writeStringField("it", "Evento sintetico " + i);
                    g.writeEndObject();
                    g.writeObjectFieldStart("summary");
                    g.writeStringField("en", "Generated for benchmarks.");
                    g.writeStringField("it", "Generato per i benchmark.");
                    g.writeEndObject();
                    g.writeStringField("category", categories[random.nextInt(categories.length)].id());
                    g.writeArrayFieldStart("organizations");
                    g.writeString(o.id());
                    g.writeEndArray();
                    g.writeArrayFieldStart("countries");
                    g.writeString(o.country());
                    g.writeEndArray();
                    g.writeArrayFieldStart("models");
                    g.writeString("Model-" + (i % 50));
                    g.writeEndArray();
                    g.writeArrayFieldStart("passages");
                    g.writeStartObject();
                    g.writeStringField("source", "a" + (i / EVENTS_PER_ARTICLE));
                    g.writeStringField("exact", sentence(i));
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sentence(int i) {
        return "L’evento sintetico numero " + i + " è accaduto davvero.";
    }

    private static List<Organization> organizations(int lanes) {
        List<Organization> orgs = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            orgs.add(new Organization(String.format("org%02d", i), "Organization " + i, COUNTRIES[i % COUNTRIES.length], List.of()));
        }
        return orgs;
    }

    /** Mostly day precision, some month and year precision, a few qualified. */
    private static PartialDate date(SplittableRandom random, int days) {
        LocalDate d = START.plusDays(random.nextInt(days));
        int kind = random.nextInt(20);
        boolean approximate = kind == 0;
        if (kind < 14) return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), PartialDate.Precision.DAY, approximate, false);
        if (kind < 19) return new PartialDate(d.getYear(), d.getMonthValue(), 0, PartialDate.Precision.MONTH, false, kind == 18);
        return new PartialDate(d.getYear(), 0, 0, PartialDate.Precision.YEAR, true, false);
    }
}
