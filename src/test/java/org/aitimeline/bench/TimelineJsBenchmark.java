package org.aitimeline.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.imports.TimelineJsImport;

/**
 * Importing a TimelineJS story of 1,000 slides (JSON and sheet CSV: HTML text with a link, media, 20 groups, dates
 * at year, month and day precision), from disk through the loader as File › Open does; also the first, cold run.
 */
final class TimelineJsBenchmark {

    private TimelineJsBenchmark() {
    }

    static void run() throws Exception {
        int n = 1_000;
        Path dir = Files.createTempDirectory("aitl-tljs");
        try {
            Path json = dir.resolve("story.json");
            Path csv = dir.resolve("story.csv");
            Files.writeString(json, json(n), StandardCharsets.UTF_8);
            Files.writeString(csv, csv(n), StandardCharsets.UTF_8);
            for (Path file : new Path[] {json, csv}) {
                DatasetLoader loader = new DatasetLoader();
                long start = System.nanoTime();
                check(loader, file, n);
                double cold = (System.nanoTime() - start) / 1e6;
                Stats s = Stats.measure(3, 21, () -> check(loader, file, n));
                String shape = file == json ? "json" : "csv";
                System.out.println(s.line("timelinejs-import", String.format(java.util.Locale.ROOT, "n=%d shape=%s kb=%d first_ms=%.1f",
                        n, shape, Files.size(file) / 1024, cold)));
            }
        } finally {
            Files.deleteIfExists(dir.resolve("story.json"));
            Files.deleteIfExists(dir.resolve("story.csv"));
            Files.deleteIfExists(dir);
        }
    }

    private static void check(DatasetLoader loader, Path file, int n) throws Exception {
        if (loader.load(file, TimelineJsImport.GroupAs.ORGANIZATION).events().size() != n) throw new IllegalStateException("lost slides");
    }

    private static String text(Random r, int i) {
        return "<p>Slide " + i + " tells what happened &amp; why, with <a href=\"https://example.org/source/" + i
                + "\">a source</a>.</p><p>" + "Lorem ipsum dolor sit amet. ".repeat(1 + r.nextInt(8)) + "</p>";
    }

    static String json(int n) {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder("{\"title\": {\"text\": {\"headline\": \"Bench story\", \"text\": \"<p>Intro</p>\"}},\n\"events\": [\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(",\n");
            int precision = i % 3;
            sb.append("{\"unique_id\": \"s").append(i).append("\", \"start_date\": {\"year\": ").append(1950 + r.nextInt(75));
            if (precision > 0) sb.append(", \"month\": ").append(1 + r.nextInt(12));
            if (precision > 1) sb.append(", \"day\": ").append(1 + r.nextInt(28));
            sb.append("}, \"text\": {\"headline\": \"Headline <b>").append(i).append("</b>\", \"text\": \"")
                    .append(text(r, i).replace("\"", "\\\"")).append("\"}, \"media\": {\"url\": \"https://example.org/img/")
                    .append(i).append(".jpg\", \"credit\": \"Agency\", \"caption\": \"Picture ").append(i)
                    .append("\"}, \"group\": \"Group ").append(r.nextInt(20)).append("\"}");
        }
        return sb.append("\n]}\n").toString();
    }

    static String csv(int n) {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                + "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n");
        sb.append(",,,,,,,,,Bench story,Intro,,,,,title,,\n");
        for (int i = 0; i < n; i++) {
            int precision = i % 3;
            sb.append(1950 + r.nextInt(75)).append(',').append(precision > 0 ? String.valueOf(1 + r.nextInt(12)) : "").append(',')
                    .append(precision > 1 ? String.valueOf(1 + r.nextInt(28)) : "").append(",,,,,,,Headline ").append(i)
                    .append(",\"").append(text(r, i).replace("\"", "\"\"")).append("\",https://example.org/img/").append(i)
                    .append(".jpg,Agency,Picture ").append(i).append(",,,Group ").append(r.nextInt(20)).append(",\n");
        }
        return sb.toString();
    }
}
