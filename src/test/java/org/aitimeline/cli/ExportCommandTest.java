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
        oneLineError(launch("--export", "/"), 2, "ending in .png, .csv or .json");
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
        Result r = launchWith(java.util.Map.of("LANG", "C", "LC_ALL", "C"), "-Dsun.jnu.encoding=ANSI_X3.4-1968",
                "--export", dir.resolve("café.png").toString());
        // Under LANG=C the JDK may or may not map "é"; either way the result is a PNG or one clean line.
        if (r.code() != 0) oneLineError(r, 2, "cannot be used as a file name here");
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
        assertTrue(title.endsWith("Gen – Feb 2025"), title);
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
        assertEquals("Open-Source-AI-Timeline", ExportCommand.commandName(launcher.toString(), path), "no link yet");
        Files.createSymbolicLink(usrBin.resolve(ExportCommand.COMMAND), launcher);
        assertEquals(ExportCommand.COMMAND, ExportCommand.commandName(launcher.toString(), path));
        assertEquals("Open-Source-AI-Timeline", ExportCommand.commandName(launcher.toString(), dir.toString()), "link not on the path");
        assertEquals(ExportCommand.COMMAND, ExportCommand.commandName(null, path), "not installed: the documented name");
    }
}
