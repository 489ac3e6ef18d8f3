package org.aitimeline.data;

import static org.aitimeline.data.TestDatasets.MAPPER;
import static org.aitimeline.data.TestDatasets.firstEvent;
import static org.aitimeline.data.TestDatasets.valid;
import static org.aitimeline.data.TestDatasets.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input written to hurt: files that are not files, paths that escape, bytes that are not UTF-8, JSON that is more
 * or less than one document, text with control characters. Each is refused as a problem with a readable message;
 * nothing throws, blocks or exhausts memory.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static List<Problem> problems(DatasetLoader loader, Path json) {
        // A loader that blocks (on a FIFO, say) must fail this test, not hang the build.
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DatasetException.class, () -> loader.load(json)).problems());
    }

    private List<Problem> problems(Path json) {
        return problems(new DatasetLoader(), json);
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private Path writeRaw(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path validWith(String replace, String with) throws Exception {
        Path json = write(dir, valid());
        String text = Files.readString(json);
        assertTrue(text.contains(replace), replace);
        Files.writeString(json, text.replace(replace, with));
        return json;
    }

    // ----- files that are not regular files -----

    @Test
    void aFifoAsDatasetIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Problem p = only(problems(fifo));
        assertTrue(p.message().contains("not a regular file"), p.message());
    }

    @Test
    void aDeviceAsDatasetIsRefusedBeforeReading() {
        Problem p = only(problems(Path.of("/dev/zero")));
        assertTrue(p.message().contains("not a regular file"), p.message());
    }

    @Test
    void aFolderAsArticleIsReportedOnceWithoutFalseUnknownSourceErrors() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) root.get("sources").get(0)).put("file", "seeds");
        Problem p = only(problems(write(dir, root)));
        assertEquals("sources[0].file", p.path());
        assertTrue(p.message().contains("is a folder"), p.message());
    }

    @Test
    void aFifoAsArticleIsRefusedWithoutBlocking() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) root.get("sources").get(0)).put("file", "seeds/pipe.txt");
        Path json = write(dir, root);
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("seeds/pipe.txt").toString()).start().waitFor());
        Problem p = only(problems(json));
        assertTrue(p.message().contains("not a regular file"), p.message());
    }

    @Test
    void anArticleOverItsSizeLimitIsRefused() throws Exception {
        Path json = write(dir, valid());
        Files.write(dir.resolve("seeds/a.txt"), new byte[64 * 1024]);
        Problem p = only(problems(new DatasetLoader(DatasetLoader.MAX_FILE_BYTES, 16 * 1024), json));
        assertEquals("sources[0].file", p.path());
        assertTrue(p.message().contains("larger than the 16 KB limit"), p.message());
    }

    // ----- paths -----

    @Test
    void aNulOrALoneSurrogateInAnArticlePathIsAProblemNotACrash() throws Exception {
        // Written as JSON escapes, as an attacker would: the text itself cannot hold a lone surrogate.
        for (String bad : new String[] {"seeds/a\\u0000.txt", "seeds/\\ud800.txt"}) {
            Path json = validWith("\"file\" : \"seeds/a.txt\"", "\"file\" : \"" + bad + "\"");
            assertEquals("sources[0].file", only(problems(json)).path());
        }
    }

    @Test
    void aSymbolicLinkInsideTheFolderThatLeadsOutsideIsRefused() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), TestDatasets.ARTICLE);
        Path data = dir.resolve("data");
        Path json = write(data, valid());
        Files.delete(data.resolve("seeds/a.txt"));
        Files.createSymbolicLink(data.resolve("seeds/a.txt"), outside.resolve("secret.txt"));
        Problem p = only(problems(json));
        assertEquals("sources[0].file", p.path());
        assertTrue(p.message().contains("symbolic link outside"), p.message());
    }

    @Test
    void anAbsoluteArticlePathIsRefused() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) root.get("sources").get(0)).put("file", "/etc/passwd");
        assertTrue(only(problems(write(dir, root))).message().contains("absolute path"));
    }

    // ----- bytes and documents -----

    @Test
    void overlongUtf8AndEncodedSurrogatesAreRefusedWithTheirLine() throws Exception {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        for (byte[] seq : bad) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write("{\n  \"schemaVersion\": 1,\n  \"title\": \"x".getBytes(StandardCharsets.UTF_8));
            out.write(seq);
            out.write("\"\n}".getBytes(StandardCharsets.UTF_8));
            Problem p = only(problems(writeRaw("bad.json", out.toByteArray())));
            assertTrue(p.message().contains("not valid UTF-8"), p.message());
            assertEquals(3, p.line());
        }
    }

    @Test
    void contentAfterTheJsonDocumentIsRefused() throws Exception {
        String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(valid());
        for (String tail : new String[] {"\ngarbage", "\n}}}", "\n" + json}) {
            Path path = write(dir, valid());
            Files.writeString(path, json + tail);
            Problem p = only(problems(path));
            assertTrue(p.message().contains("content after the end of the JSON document"), tail + ": " + p.message());
            assertTrue(p.line() > json.split("\n").length, "the line of the trailing content: " + p);
        }
    }

    @Test
    void aRepeatedFieldIsRefusedAndBothPlacesAreNamed() throws Exception {
        Path json = validWith("\"title\" : \"Test\",", "\"title\" : \"Test\",\n  \"title\" : \"Other\",");
        Problem p = only(problems(json));
        assertEquals("title", p.path());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("appears twice") && p.message().contains("first at line 3"), p.message());
    }

    @Test
    void unknownFieldsAreRefusedWithTheNearestKnownName() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("dateNotes", "x");
        ((ObjectNode) firstEvent(root).get("passages").get(0)).put("prefx", "");
        List<Problem> found = problems(write(dir, root));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().anyMatch(p -> p.path().equals("events[0].dateNotes")
                && p.message().contains("did you mean 'dateNote'?")), found::toString);
        assertTrue(found.stream().anyMatch(p -> p.path().equals("events[0].passages[0].prefx")
                && p.message().contains("did you mean 'prefix'?")), found::toString);
        Path misspeltTop = validWith("\"events\" :", "\"evnts\" :");
        List<Problem> top = problems(misspeltTop);
        assertTrue(top.stream().anyMatch(p -> p.message().contains("did you mean 'events'?")), top::toString);
    }

    @Test
    void hugeNumbersAndDeepNestingAreRefusedInPlainWords() throws Exception {
        Path number = validWith("\"schemaVersion\" : 1", "\"schemaVersion\" : 1" + "0".repeat(2000));
        Problem p = only(problems(number));
        assertTrue(p.message().contains("more than 30 digits") && !p.message().contains("Constraints"), p.message());
        Path deep = validWith("\"title\" : \"Test\"", "\"title\" : \"Test\", \"x\": " + "[".repeat(500) + "]".repeat(500));
        Problem q = only(problems(deep));
        assertTrue(q.message().contains("nested more than 64 levels"), q.message());
    }

    // ----- text -----

    @Test
    void controlAndBidiCharactersAreRefusedAndEscapedInTheMessage() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("id", "le\u001b[31mak");
        ((ObjectNode) firstEvent(root).get("title")).put("en", "Title\u0000");
        ((ObjectNode) firstEvent(root).get("title")).put("it", "Titolo \u202Eevil");
        List<Problem> found = problems(write(dir, root));
        assertEquals(3, found.size(), found::toString);
        for (Problem p : found) {
            assertTrue(p.message().contains("control"), p.message());
            assertTrue(p.toString().chars().noneMatch(c -> c < 0x20 || c == 0x202E), "raw control character in " + p);
        }
        assertTrue(found.get(0).message().contains("\\u001B"), found.get(0).message());
    }

    @Test
    void lineAndParagraphSeparatorsAndByteOrderMarksAreRefusedAndEscaped() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) firstEvent(root).get("title")).put("en", "Title\u2028two lines");
        ((ObjectNode) firstEvent(root).get("title")).put("it", "Titolo\u2029due");
        ((ObjectNode) firstEvent(root).get("summary")).put("en", "Sum\uFEFFmary");
        List<Problem> found = problems(write(dir, root));
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("contains a line or paragraph separator (U+2028) at character 6"), found.get(0).message());
        assertTrue(found.get(0).message().contains("Title\\u2028two"), "escaped in the quote: " + found.get(0).message());
        assertTrue(found.get(2).message().startsWith("contains a byte-order mark (zero-width no-break space) (U+FEFF)"), found.get(2).message());
        for (Problem p : found) {
            assertTrue(p.toString().chars().noneMatch(c -> c == 0x2028 || c == 0x2029 || c == 0xFEFF), "raw in " + p);
            assertEquals(1, p.toString().lines().count(), "one line: " + p);
        }
    }

    @Test
    void evidenceUrlsWithInvisibleCharactersCredentialsOrABadPortAreRefused() throws Exception {
        String[][] cases = {
                {"https://ai.meta.com/blog/\u200Bllama/", "contains an invisible or space character (U+200B) at character 26"},
                {"https://user:pass@ai.meta.com/blog/", "must not carry a user name or password"},
                {"https://ai.meta.com:99999/blog/", "has port 99999, outside 1–65535"},
        };
        for (String[] c : cases) {
            ObjectNode root = TestDatasets.validV2();
            ((ObjectNode) root.get("events").get(1).get("evidence").get(0)).put("url", c[0]);
            Problem p = only(problems(write(dir, root)));
            assertEquals("events[1].evidence[0].url", p.path());
            assertTrue(p.line() > 0 && p.message().startsWith(c[1]), p.toString());
        }
    }

    @Test
    void aDateWithSpacesAroundItIsRefused() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("date", " 2023-03 ");
        Problem p = only(problems(write(dir, root)));
        assertEquals("events[0].date", p.path());
        assertEquals("a date has no spaces around it: \" 2023-03 \"", p.message());
    }

    @Test
    void oneByteOrderMarkIsFineASecondIsRefusedAndSaysSo() throws Exception {
        byte[] json = Files.readAllBytes(write(dir, valid()));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(2, new DatasetLoader().load(writeRaw("one.json", concat(bom, json))).events().size());
        for (int marks = 2; marks <= 3; marks++) {
            byte[] prefix = new byte[0];
            for (int k = 0; k < marks; k++) prefix = concat(prefix, bom);
            Problem p = only(problems(writeRaw(marks + ".json", concat(prefix, json))));
            assertEquals(1, p.line());
            assertEquals("the file starts with more than one byte-order mark (EF BB BF); keep at most one", p.message());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void overlongValuesAreRefusedAndQuotedShort() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) root.get("organizations").get(0)).put("name", "M".repeat(10_000_000));
        Problem p = only(problems(write(dir, root)));
        assertEquals("organizations[0].name", p.path());
        assertTrue(p.message().length() < 300, "message of " + p.message().length() + " characters");
        assertTrue(p.message().contains("10000000 characters"), p.message());
    }

    @Test
    void unknownIdsSuggestTheNearestAndDuplicatesNameTheFirst() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).putArray("organizations").add("alibab");
        ((ObjectNode) root.get("events").get(1)).put("id", "leak");
        List<Problem> found = problems(write(dir, root));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("did you mean 'alibaba'?"), found.get(0).message());
        assertTrue(found.get(1).message().contains("first defined at events[0], line"), found.get(1).message());
        ObjectNode far = valid();
        firstEvent(far).putArray("organizations").add("zzzzzzzz");
        Problem listed = only(problems(write(dir, far)));
        assertTrue(listed.message().contains("valid: alibaba, meta"), listed.message());
    }

    @Test
    void everyProblemOfAnEventCarriesALine() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).remove("summary");
        firstEvent(root).put("category", 3);
        firstEvent(root).putArray("countries").add("ZZ");
        List<Problem> found = problems(write(dir, root));
        assertEquals(3, found.size(), found::toString);
        assertFalse(found.stream().anyMatch(p -> p.line() <= 0), found::toString);
    }

    // ----- bugs -----

    @Test
    void aBugWhileCheckingIsOneProblemNamingTheLogAndKeepsItsCauseAndTrace() throws Exception {
        AppLog.install();
        byte[] json = MAPPER.writeValueAsBytes(valid());
        IllegalStateException bug = new IllegalStateException("reader bug 7f3a");
        DatasetException e = assertThrows(DatasetException.class,
                () -> new DatasetLoader().parse("data.json", "data.json", json, file -> { throw bug; }));
        assertSame(bug, e.getCause(), "the cause is kept");
        Problem p = only(e.problems());
        assertTrue(p.message().contains("IllegalStateException: reader bug 7f3a")
                && p.message().endsWith("please report this with the log " + AppLog.file()), p.message());
        String log = Files.readString(AppLog.file());
        assertTrue(log.contains("checking data.json failed") && log.contains("reader bug 7f3a")
                && log.contains("at org.aitimeline.data.HostileInputTest"), "the trace is in the log");
    }
}
