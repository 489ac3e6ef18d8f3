package org.aitimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javafx.scene.paint.Color;
import org.aitimeline.data.AppLog;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.export.PngChunks;
import org.aitimeline.model.Access;
import org.aitimeline.model.Dataset;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it: the real {@code Launcher} main in a child JVM with no display and no
 * JavaFX flags, on the bundled dataset.
 */
public class ExportCommandTest {

    @TempDir
    Path dir;

    public record Result(int code, String out, String err) {
    }

    public static Result launch(String... args) throws IOException, InterruptedException {
        return launchWith(Map.of(), null, args);
    }

    /** The Launcher in a child JVM with extra environment variables and one extra JVM option (or null). */
    static Result launchWith(Map<String, String> env, String jvmOption, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        if (jvmOption != null) cmd.add(jvmOption);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.aitimeline.app.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "CLI finished within 60 s");
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static Set<Integer> colours(BufferedImage img) {
        Set<Integer> set = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) set.add(img.getRGB(x, y) & 0xffffff);
        }
        return set;
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void writesADecodablePngOfTheRequestedWidthWithMetadata() throws Exception {
        Path png = dir.resolve("out.png");
        Result r = launch("--export", png.toString(), "--width", "1200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + png) && r.out().contains("1200 x"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        assertTrue(img.getHeight() > 400, "height " + img.getHeight());
        Map<String, String> text = PngChunks.text(png);
        assertEquals(Set.of("Title", "Description", "Software", "Creation Time", "Source"), text.keySet());
        assertTrue(text.get("Software").startsWith("Open-Source AI Timeline"));
        assertTrue(text.get("Source").contains("L’Ascesa dell’Open-Source AI in Cina"), text.get("Source"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file is left beside the image");
        }
    }

    private static int laneColour(LaneGrouping grouping, String key) throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        return rgb(LaneLayout.paletteFor(d.events(), grouping).styleOf(key).color());
    }

    @Test
    void aCountryFilterChangesWhichLaneColoursAppear() throws Exception {
        Path allPng = dir.resolve("all.png");
        Path jpPng = dir.resolve("jp.png");
        assertEquals(0, launch("--export", allPng.toString(), "--group-by", "country").code());
        // Japan's events involve China, Korea and Japan only, so the United States lane must disappear.
        Result r = launch("--export", jpPng.toString(), "--group-by", "country", "--country", "JP", "--scale", "2");
        assertEquals(0, r.code(), r.err());
        int japan = laneColour(LaneGrouping.COUNTRY, "JP");
        int us = laneColour(LaneGrouping.COUNTRY, "US");
        Set<Integer> all = colours(ImageIO.read(allPng.toFile()));
        Set<Integer> jp = colours(ImageIO.read(jpPng.toFile()));
        assertTrue(all.contains(japan) && all.contains(us), "unfiltered: both lanes");
        assertTrue(jp.contains(japan), "Japan's lane colour is there");
        assertFalse(jp.contains(us), "the United States lane is gone");
        assertEquals(2 * 1600, ImageIO.read(jpPng.toFile()).getWidth(), "--scale 2 doubles the pixels");
    }

    @Test
    void theAccessOptionKeepsReleasesOfThatOpenness() throws Exception {
        Path png = dir.resolve("open-weights.png");
        Result r = launch("--export", png.toString(), "--access", "open-weights", "--group-by", "access");
        assertEquals(0, r.code(), r.err());
        Dataset d = new DatasetLoader().loadBundled();
        long expected = d.events().stream().filter(e -> e.access() == Access.OPEN_WEIGHTS && !e.isCommentary()).count();
        assertTrue(expected > 0);
        assertTrue(r.out().contains(", " + expected + " events,"), r.out());
        Set<Integer> colours = colours(ImageIO.read(png.toFile()));
        assertTrue(colours.contains(laneColour(LaneGrouping.ACCESS, "open-weights")), "the open-weights lane is drawn");
        assertFalse(colours.contains(laneColour(LaneGrouping.ACCESS, "open-source")), "no open-source lane");
    }

    @Test
    void contextIsLeftOutUnlessAskedForWithTheContextOption() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        long story = d.events().stream().filter(org.aitimeline.model.Event::isHappening).count();
        long context = d.events().stream().filter(org.aitimeline.model.Event::isContext).count();
        assertEquals(3, context);
        Result plain = launch("--export", dir.resolve("story.png").toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains(", " + story + " events,"), plain.out());
        Result with = launch("--export", dir.resolve("context.png").toString(), "--context");
        assertEquals(0, with.code(), with.err());
        assertTrue(with.out().contains(", " + (story + context) + " events,"), with.out());
    }

    @Test
    void theThemeOptionTakesLightOrDark() throws Exception {
        Path light = dir.resolve("light.png");
        Path dark = dir.resolve("dark.png");
        assertEquals(0, launch("--export", light.toString(), "--theme", "light").code());
        Result r = launch("--export", dark.toString(), "--theme", "dark");
        assertEquals(0, r.code(), r.err());
        // The page behind the title: near white in the light theme, near black in the dark one.
        assertTrue(luminance(ImageIO.read(light.toFile()).getRGB(4, 4)) > 0.8, "light background");
        assertTrue(luminance(ImageIO.read(dark.toFile()).getRGB(4, 4)) < 0.2, "dark background");
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--theme", "blue"), 2, "--theme must be light or dark");
    }

    private static double luminance(int argb) {
        return (0.2126 * (argb >> 16 & 0xff) + 0.7152 * (argb >> 8 & 0xff) + 0.0722 * (argb & 0xff)) / 255;
    }

    /** Exactly one line on stderr, naming the command, with no exception or class names in it. */
    private static void oneLineError(Result r, int code, String expected) {
        assertEquals(code, r.code(), r.err());
        String[] lines = r.err().split("\n");
        assertEquals(1, lines.length, "one line: " + r.err());
        assertTrue(lines[0].startsWith("open-source-ai-timeline: error: "), lines[0]);
        assertTrue(lines[0].contains(expected), lines[0]);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("java."), r.err());
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() throws Exception {
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--width", "wide"), 2, "--width");
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--company", "alibab"), 2,
                "unknown company 'alibab'; did you mean 'alibaba'?");
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--country", "ZZ"), 2, "unknown country 'ZZ'");
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--access", "free"), 2, "unknown access 'free'");
        oneLineError(launch("--export", "/"), 2, "ending in .png, .svg, .pdf, .csv or .json");
        oneLineError(launch("--group-by", "country"), 2, "these options need --export FILE");
        oneLineError(launch("--frobnicate"), 2, "--frobnicate");
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void ioAndDataFailuresExitWithOneAndOneLine() throws Exception {
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--dataset", "/dev/zero"), 1, "not a regular file");
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--dataset", fifo.toString()), 1, "not a regular file");
        Path nul = dir.resolve("nul.json");
        Files.writeString(nul, "{\"schemaVersion\": 2, \"title\": \"x\", \"sources\": [{\"id\": \"a\", \"file\": \"a\\u0000.txt\", "
                + "\"title\": \"t\", \"language\": \"it\"}], \"organizations\": [], \"events\": []}");
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--dataset", nul.toString()), 1, "sources[0].file");
    }

    @Test
    void aFileNameTheLocaleCannotEncodeIsAUsageErrorNotACrash() throws Exception {
        // Under LANG=C the JVM encodes file names as ASCII (sun.jnu.encoding follows the locale on Linux): "é" has no byte.
        Result ascii = launchWith(Map.of("LANG", "C", "LC_ALL", "C"), null, "--export", dir.resolve("café.png").toString());
        oneLineError(ascii, 2, "cannot be used as a file name here");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing written under a mangled name");
        }
        // Under a UTF-8 locale the same name is written as given.
        Result utf8 = launchWith(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), null, "--export", dir.resolve("café.png").toString());
        assertEquals(0, utf8.code(), utf8.err());
        assertEquals(1600, ImageIO.read(dir.resolve("café.png").toFile()).getWidth());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        oneLineError(launch(), 1, "no display");
        oneLineError(launch(dir.resolve("data.json").toString()), 1, "--export out.png");
    }

    @Test
    void helpAndVersionPrintAndExitZero() throws Exception {
        Result help = launch("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("open-source-ai-timeline") && help.out().contains("--group-by")
                && help.out().contains("--access") && help.out().contains("Exit codes"), help.out());
        Result version = launch("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("open-source-ai-timeline \\S+ \\(Java .*\\)\\s*"), version.out());
    }

    @Test
    void anItalianExportIsItalianThroughout() throws Exception {
        Path png = dir.resolve("it.png");
        Result r = launch("--export", png.toString(), "--lang", "it", "--group-by", "category", "--category", "release",
                "--from", "2025-01", "--to", "2025-02");
        assertEquals(0, r.code(), r.err());
        String title = PngChunks.text(png).get("Title");
        assertTrue(title.endsWith("gen – feb 2025"), title);
        String en = launch("--export", dir.resolve("en.png").toString(), "--group-by", "category", "--category", "release",
                "--from", "2025-01", "--to", "2025-02").out();
        assertTrue(en.startsWith("wrote"), en);
        assertTrue(PngChunks.text(dir.resolve("en.png")).get("Title").endsWith("Jan – Feb 2025"));
    }

    @Test
    void anUnwritableTargetFailsWithOneAndLeavesNothingBehind() throws Exception {
        Path notADir = dir.resolve("file.txt");
        Files.writeString(notADir, "x", StandardCharsets.UTF_8);
        Result r = launch("--export", notADir.resolve("out.png").toString());
        oneLineError(r, 1, "cannot write");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(notADir), files.toList());
        }
    }

    @Test
    void anExportKilledMidWayLeavesAPartFileThatTheNextExportRemoves() throws Exception {
        Path png = dir.resolve("big.png");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.aitimeline.app.Launcher",
                "--export", png.toString(), "--width", "40000", "--group-by", "none"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        Path part = AtomicFile.partFile(png);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(part) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(Files.exists(part), "the export was writing its temporary file");
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(png), "a killed export leaves no half-written image");

        Result again = launch("--export", png.toString(), "--width", "800");
        assertEquals(0, again.code(), again.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "the next export removed the stale temporary file");
        }
    }

    @Test
    void helpNamesTheCommandALinkOnThePathOffersElseTheLaunchersName() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("opt/app/bin"));
        Path launcher = Files.writeString(bin.resolve("Open-Source-AI-Timeline"), "#!/bin/sh\n");
        Path usrBin = Files.createDirectories(dir.resolve("usr/bin"));
        String path = dir.resolve("nowhere") + java.io.File.pathSeparator + usrBin;
        assertEquals("Open-Source-AI-Timeline", CommandOutput.commandName(launcher.toString(), path), "no link yet");
        Files.createSymbolicLink(usrBin.resolve(CommandOutput.COMMAND), launcher);
        assertEquals(CommandOutput.COMMAND, CommandOutput.commandName(launcher.toString(), path));
        assertEquals("Open-Source-AI-Timeline", CommandOutput.commandName(launcher.toString(), dir.toString()), "link not on the path");
        assertEquals(CommandOutput.COMMAND, CommandOutput.commandName(null, path), "not installed: the documented name");
    }

    @Test
    void aBugIsOneLineNamingTheLogWhichHoldsTheTrace() throws Exception {
        AppLog.install();
        CommandLineOptions o = CommandLineOptions.parse(new String[] {"--export", dir.resolve("x.png").toString()},
                CommandOutput.COMMAND);
        o.countries = null; // options the parser never makes: the export meets a NullPointerException, as a bug would
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = ExportCommand.export(o, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CommandOutput.IO_ERROR, code);
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("the export failed (NullPointerException") && line.strip().endsWith("; details in " + AppLog.file()), line);
        assertFalse(line.contains("\tat "), line);
        String log = Files.readString(AppLog.file());
        assertTrue(log.contains("java.lang.NullPointerException") && log.contains("at org.aitimeline.cli.ExportCommand.exportChecked"), log);
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void datesCompareByTheirWholeExtent() throws Exception {
        String png = dir.resolve("x.png").toString();
        // --to 2025 runs to 31 Dec 2025; --to 2025-06 to 30 June (issue 22: both were compared with their first day)
        CommandLineOptions.parse(new String[] {"--export", png, "--from", "2025-06", "--to", "2025"}, CommandOutput.COMMAND);
        CommandLineOptions.parse(new String[] {"--export", png, "--from", "2025-06-15", "--to", "2025-06"}, CommandOutput.COMMAND);
        CommandLineOptions.parse(new String[] {"--export", png, "--from", "2025", "--to", "2025"}, CommandOutput.COMMAND);
        CommandLineOptions.UsageException e = org.junit.jupiter.api.Assertions.assertThrows(CommandLineOptions.UsageException.class,
                () -> CommandLineOptions.parse(new String[] {"--export", png, "--from", "2025-07", "--to", "2025-06"}, CommandOutput.COMMAND));
        assertEquals("--from 2025-07 starts after --to 2025-06 ends", e.getMessage());
        Result r = launch("--export", png, "--from", "2025-06", "--to", "2025");
        assertEquals(0, r.code(), r.err());
        String title = PngChunks.text(Path.of(png)).get("Title");
        assertTrue(title.endsWith("Jun – Dec 2025"), title);
    }

    @Test
    void aHiddenFileNameIsCalledSo() throws Exception {
        String hidden = dir.resolve(".png").toString();
        oneLineError(launch("--export", hidden), 2, "--export needs a name before .png: '" + hidden + "' would be a hidden file with no name");
        oneLineError(launch("--export", dir.resolve("x.jpg").toString()), 2, "--export needs a file name ending in .png");
    }

    @Test
    void aDatasetWithTwoByteOrderMarksOrAnInvisibleCharacterIsRefusedInOneLine() throws Exception {
        String json = "{\"schemaVersion\": 2, \"title\": \"x\", \"sources\": [], \"organizations\": [], \"events\": []}";
        Path two = dir.resolve("two-boms.json");
        Files.write(two, ("\uFEFF\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--dataset", two.toString()), 1,
                "two-boms.json:1: the file starts with more than one byte-order mark (EF BB BF); keep at most one");
        Path separator = dir.resolve("separator.json");
        Files.writeString(separator, json.replace("\"x\"", "\"x\u2028y\""), StandardCharsets.UTF_8);
        Result r = launch("--export", dir.resolve("x.png").toString(), "--dataset", separator.toString());
        oneLineError(r, 1, "title: contains a line or paragraph separator (U+2028) at character 2; remove it: \"x\\u2028y\"");
        assertFalse(r.err().contains("\u2028"), "escaped, not raw");
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void theExtensionOrFormatChoosesSvgOrPdf() throws Exception {
        Path svg = dir.resolve("poster.svg");
        Result r = launch("--export", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(SVG,"), r.out());
        assertTrue(Files.readString(svg).startsWith("<?xml") && Files.readString(svg).contains("<svg "));

        Path named = dir.resolve("poster.xml");
        r = launch("--export", named.toString(), "--format", "svg");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(named).contains("<svg "), "--format overrides the extension");

        Path split = dir.resolve("split.pdf");
        r = launch("--export", split.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\(PDF, [2-9] pages,.*"), "split by default: " + r.out());
        assertTrue(new String(Files.readAllBytes(split), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));

        Path fit = dir.resolve("fit.pdf");
        r = launch("--export", fit.toString(), "--pages", "fit");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(PDF, 1 page,"), r.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary file is left beside the exports");
        }
    }

    @Test
    void misplacedOptionsAndUnknownFormatsAreRefusedInOneLine() throws Exception {
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--pages", "fit"), 2, "--pages is for PDF exports, not png");
        oneLineError(launch("--export", dir.resolve("x.pdf").toString(), "--pages", "half"), 2, "--pages must be fit or split");
        oneLineError(launch("--export", dir.resolve("x.tiff").toString()), 2, "ending in .png, .svg, .pdf");
        oneLineError(launch("--export", dir.resolve("x.png").toString(), "--format", "gif"), 2, "--format must be png, svg");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
