package org.aitimeline.export;

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
import org.aitimeline.timeline.LanePalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it: the real {@code Launcher} main in a child JVM with no display and no
 * JavaFX flags, on the bundled dataset.
 */
class ExportCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.aitimeline.app.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
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
        assertEquals(Set.of("Title", "Software", "Creation Time", "Source"), text.keySet());
        assertTrue(text.get("Software").startsWith("Open-Source AI Timeline"));
        assertTrue(text.get("Source").contains("L'Ascesa dell'Open-Source AI in Cina"), text.get("Source"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file is left beside the image");
        }
    }

    @Test
    void aCountryFilterChangesWhichLaneColoursAppear() throws Exception {
        Path allPng = dir.resolve("all.png");
        Path jpPng = dir.resolve("jp.png");
        assertEquals(0, launch("--export", allPng.toString(), "--group-by", "country").code());
        // Japan's events involve China, Korea and Japan only, so the United States lane must disappear.
        Result r = launch("--export", jpPng.toString(), "--group-by", "country", "--country", "JP", "--scale", "2");
        assertEquals(0, r.code(), r.err());
        int japan = rgb(LanePalette.colorOf("JP"));
        int us = rgb(LanePalette.colorOf("US"));
        Set<Integer> all = colours(ImageIO.read(allPng.toFile()));
        Set<Integer> jp = colours(ImageIO.read(jpPng.toFile()));
        assertTrue(all.contains(japan) && all.contains(us), "unfiltered: both lanes");
        assertTrue(jp.contains(japan), "Japan's lane colour is there");
        assertFalse(jp.contains(us), "the United States lane is gone");
        assertEquals(2 * 1600, ImageIO.read(jpPng.toFile()).getWidth(), "--scale 2 doubles the pixels");
    }

    @Test
    void badArgumentsExitWithTwoAndAOneLineReason() throws Exception {
        Result width = launch("--export", dir.resolve("x.png").toString(), "--width", "wide");
        assertEquals(2, width.code());
        assertTrue(width.err().startsWith("error: --width must be a whole number, not 'wide'\n"), width.err());
        assertTrue(width.err().contains("Usage:"));

        Result company = launch("--export", dir.resolve("x.png").toString(), "--company", "nokia");
        assertEquals(2, company.code());
        assertTrue(company.err().contains("unknown company 'nokia'; valid: agibot, alibaba, amd"), company.err());

        Result country = launch("--export", dir.resolve("x.png").toString(), "--country", "ZZ");
        assertEquals(2, country.code());
        assertTrue(country.err().contains("unknown country 'ZZ'; valid: ") && country.err().contains("CN"), country.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void helpPrintsUsageAndExitsZero() throws Exception {
        Result r = launch("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--group-by KIND") && r.out().contains("Exit codes"), r.out());
    }

    @Test
    void anUnwritableTargetFailsWithOneAndLeavesNothingBehind() throws Exception {
        Path notADir = dir.resolve("file.txt");
        Files.writeString(notADir, "x", StandardCharsets.UTF_8);
        Result r = launch("--export", notADir.resolve("out.png").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("error: cannot write"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(notADir), files.toList());
        }
    }
}
