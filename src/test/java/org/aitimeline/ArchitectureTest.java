package org.aitimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Layers never point upward: model ← text ← data/timeline ← ui/export ← app. Checked on the compiled classes:
 * every class name, field and method descriptor in each class file's constant pool, so a fully qualified name
 * or a lambda's captured type counts as much as an import.
 */
class ArchitectureTest {

    private static final Path CLASSES = Path.of("target/classes/org/aitimeline");

    private static final List<String> ABOVE_MODEL = List.of("org/aitimeline/text/", "org/aitimeline/data/",
            "org/aitimeline/timeline/", "org/aitimeline/ui/", "org/aitimeline/export/", "org/aitimeline/app/");

    /** Internal-name prefixes each package must not reference. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "model", concat(List.of("javafx/", "com/fasterxml/", "picocli/"), ABOVE_MODEL),
            "text", concat(List.of("javafx/", "com/fasterxml/", "picocli/"), ABOVE_MODEL.subList(1, ABOVE_MODEL.size())),
            "data", List.of("javafx/", "picocli/", "org/aitimeline/timeline/", "org/aitimeline/ui/",
                    "org/aitimeline/export/", "org/aitimeline/app/"),
            "timeline", List.of("com/fasterxml/", "picocli/", "org/aitimeline/data/", "org/aitimeline/ui/",
                    "org/aitimeline/export/", "org/aitimeline/app/"),
            "export", List.of("org/aitimeline/ui/", "org/aitimeline/app/"),
            "ui", List.of("picocli/", "org/aitimeline/app/"));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every class, descriptor and signature string of a class file's constant pool. */
    static Set<String> references(byte[] classFile) throws IOException {
        Set<String> refs = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> refs.add(in.readUTF()); // Utf8: names, descriptors and signatures all live here
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
        }
        return refs;
    }

    static List<String> violations(String layer, Set<String> references) {
        List<String> found = new ArrayList<>();
        for (String ref : references) {
            for (String prefix : FORBIDDEN.getOrDefault(layer, List.of())) {
                if (ref.startsWith(prefix) || ref.contains("L" + prefix)) found.add(ref);
            }
        }
        return found;
    }

    /** A class file with one constant-pool string, to check the checker. */
    private static byte[] classFileReferencing(String utf8) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(61);
        out.writeShort(2);
        out.writeByte(1);
        out.writeUTF(utf8);
        return bytes.toByteArray();
    }

    @Test
    void theCheckerCatchesFullyQualifiedNamesAndDescriptors() throws IOException {
        assertEquals(List.of("(Ljavafx/scene/paint/Color;)V"),
                violations("model", references(classFileReferencing("(Ljavafx/scene/paint/Color;)V"))));
        assertEquals(List.of("org/aitimeline/ui/ExplorerModel"),
                violations("export", references(classFileReferencing("org/aitimeline/ui/ExplorerModel"))));
        assertEquals(List.of(), violations("ui", references(classFileReferencing("org/aitimeline/text/Labels"))));
    }

    @Test
    void noLayerReferencesALayerAboveIt() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String layer : FORBIDDEN.keySet()) {
            Path dir = CLASSES.resolve(layer);
            assertTrue(Files.isDirectory(dir), "compiled classes of " + layer + " not found in " + dir);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    checked++;
                    for (String v : violations(layer, references(Files.readAllBytes(f)))) problems.add(f + " references " + v);
                }
            }
        }
        assertTrue(checked > 40, "too few classes found: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCommandLineIsParsedWithoutJavaFx() throws IOException {
        // Launcher parses before it picks the headless toolkit for --export: nothing on that path may load JavaFX.
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLASSES.resolve("cli"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().startsWith("CommandLineOptions"))::iterator) {
                for (String ref : references(Files.readAllBytes(f))) {
                    boolean timeline = ref.contains("org/aitimeline/timeline/") && !ref.contains("org/aitimeline/timeline/LaneGrouping")
                            && !ref.contains("org/aitimeline/timeline/LaneOrder");
                    if (ref.contains("javafx/") || timeline) problems.add(f.getFileName() + " references " + ref);
                }
            }
        }
        for (String plain : List.of("LaneGrouping", "LaneOrder")) {
            for (String ref : references(Files.readAllBytes(CLASSES.resolve("timeline/" + plain + ".class")))) {
                if (ref.contains("javafx/")) problems.add(plain + " references " + ref);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
