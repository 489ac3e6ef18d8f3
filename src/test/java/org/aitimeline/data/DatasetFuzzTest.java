package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz run over the bundled dataset: 1,500 mutations (bytes flipped, cut, repeated; values swapped for other
 * types; fields renamed or dropped; control characters, huge numbers and deep nesting injected). Every case must end
 * in a loaded dataset or a {@link DatasetException} whose problems all carry a line and a short, printable message:
 * no other exception, no OutOfMemoryError, no case slower than the limit.
 */
class DatasetFuzzTest {

    static final long SEED = 20261123L;
    static final int CASES = 1_500;
    static final long CASE_LIMIT_MS = 2_000;

    private static final String[] VALUES = {"null", "true", "0", "-1", "1e309", "\"\"", "[]", "{}", "\"\\u0000\"",
            "\"\\ud800\"", "\"\\u202e\"", "\"x\"", "[[[[[[[[[[]]]]]]]]]]", "123456789012345678901234567890123",
            "\"2023-02-30\"", "\"open-weights\"", "\"ftp://x\"",
            // Issue 22: invisible and line-breaking characters, URLs that hide or mislead, a date with spaces.
            "\"a\\u2028b\"", "\"a\u2029b\"", "\"\\ufeffa\"", "\"https://ex\\u200bample.org/\"",
            "\"https://user:pass@example.org/\"", "\"https://example.org:99999/\"", "\" 2025-01 \""};

    @Test
    void noMutationCrashesHangsOrLeavesAProblemWithoutALine() {
        byte[] base = DatasetLoader.bundledJson();
        String text = new String(base, StandardCharsets.UTF_8);
        DatasetLoader loader = new DatasetLoader();
        SplittableRandom random = new SplittableRandom(SEED);
        int rejected = 0;
        long slowest = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int kind = random.nextInt(10);
            byte[] mutated = mutate(kind, base, text, random);
            long start = System.nanoTime();
            try {
                loader.parse("fuzz-" + i + ".json", "fuzz", mutated, DatasetLoader.bundledArticles());
            } catch (DatasetException e) {
                rejected++;
                for (Problem p : e.problems()) {
                    if (p.line() <= 0) failures.add("case " + i + " (kind " + kind + "): no line: " + p);
                    if (p.message().length() > 400) failures.add("case " + i + ": message of " + p.message().length() + " chars");
                    if (p.toString().chars().anyMatch(c -> ProblemText.isUnsafe((char) c))) {
                        failures.add("case " + i + ": raw control, bidi, separator or BOM character in " + p.path());
                    }
                }
            } catch (Throwable t) {
                fail("case " + i + " (kind " + kind + ") threw " + t, t);
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad rejections, e.g.\n"
                + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
        assertTrue(slowest < CASE_LIMIT_MS, "slowest case took " + slowest + " ms");
        // Nearly every mutation must break the file; if few do, the fuzzer is not testing anything.
        assertTrue(rejected > CASES * 0.8, "only " + rejected + " of " + CASES + " rejected");
    }

    static byte[] mutate(int kind, byte[] base, String text, SplittableRandom r) {
        switch (kind) {
            case 0 -> { // flip bytes
                byte[] b = base.clone();
                for (int k = 1 + r.nextInt(4); k > 0; k--) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                return b;
            }
            case 1 -> { // cut the file short
                return java.util.Arrays.copyOf(base, r.nextInt(base.length));
            }
            case 2 -> { // delete a span
                int from = r.nextInt(base.length);
                int to = Math.min(base.length, from + 1 + r.nextInt(200));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(base, 0, from);
                out.write(base, to, base.length - to);
                return out.toByteArray();
            }
            case 3 -> { // repeat a span
                int from = r.nextInt(base.length);
                int len = Math.min(base.length - from, 1 + r.nextInt(300));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(base, 0, from + len);
                out.write(base, from, base.length - from);
                return out.toByteArray();
            }
            case 4 -> { // a value replaced by one of another type or a hostile one
                return replaceNth(text, "\": ", r, m -> m + VALUES[r.nextInt(VALUES.length)] + " ,\"zz\": ");
            }
            case 5 -> { // a field renamed (a misspelling)
                return replaceNth(text, "\"", r, m -> "\"x");
            }
            case 6 -> { // random bytes inserted, including invalid UTF-8 and controls
                byte[] junk = new byte[1 + r.nextInt(6)];
                for (int k = 0; k < junk.length; k++) junk[k] = (byte) r.nextInt(256);
                int at = r.nextInt(base.length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(base, 0, at);
                out.write(junk, 0, junk.length);
                out.write(base, at, base.length - at);
                return out.toByteArray();
            }
            case 7 -> { // trailing content
                return (text + (r.nextBoolean() ? "\n}}}" : "\n" + text.substring(0, r.nextInt(text.length())))).getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> { // two or three byte-order marks in front (issue 22: the second was skipped by the parser)
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int k = 2 + r.nextInt(2); k > 0; k--) out.write(bom, 0, 3);
                out.write(base, 0, base.length);
                return out.toByteArray();
            }
            default -> { // deep nesting or a huge number in a value
                String bomb = r.nextBoolean() ? "[".repeat(100 + r.nextInt(5000)) : "9".repeat(50 + r.nextInt(5000));
                return replaceNth(text, "\": ", r, m -> m + bomb);
            }
        }
    }

    private static byte[] replaceNth(String text, String marker, SplittableRandom r,
                                     java.util.function.UnaryOperator<String> with) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) count++;
        int target = r.nextInt(Math.max(1, count));
        int at = text.indexOf(marker);
        for (int k = 0; k < target; k++) at = text.indexOf(marker, at + 1);
        String result = text.substring(0, at) + with.apply(marker) + text.substring(at + marker.length());
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** Issue 22's reproducers, each one change to the bundled dataset: every one is refused on its line. */
    @Test
    void theEdgeCasesFoundByFuzzingAreRefusedOnTheirLine() {
        String text = new String(DatasetLoader.bundledJson(), StandardCharsets.UTF_8);
        String url = "\"url\": \"https://";
        assertTrue(text.contains(url), "the bundled dataset cites evidence URLs");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("\uFEFF\uFEFF" + text, "more than one byte-order mark");
        cases.put(once(text, url, url + "user:pass@"), "must not carry a user name or password");
        cases.put(text.replaceFirst("(\"url\": \"https://[^/\"]+)", "$1:99999"), "has port 99999");
        cases.put(once(text, url, url + "\u200B"), "invisible or space character (U+200B)");
        cases.put(once(text, "\"date\": \"", "\"date\": \" "), "a date has no spaces around it");
        cases.put(once(text, "\"en\": \"", "\"en\": \"\u2028"), "a line or paragraph separator (U+2028)");
        cases.put(once(text, "\"it\": \"", "\"it\": \"\\u2029"), "a line or paragraph separator (U+2029)");
        cases.put(once(text, "\"en\": \"", "\"en\": \"\\ufeff"), "a byte-order mark");
        cases.forEach((json, expected) -> {
            DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().parse("case.json", "case",
                    json.getBytes(StandardCharsets.UTF_8), DatasetLoader.bundledArticles()), expected);
            Problem p = e.problems().get(0);
            assertTrue(e.problems().size() == 1 && p.line() > 0 && p.message().contains(expected), expected + ": " + e.problems());
            assertTrue(p.toString().chars().noneMatch(c -> ProblemText.isUnsafe((char) c)), "escaped: " + p);
        });
    }

    /** {@code text} with the first {@code literal} replaced by {@code with}, both taken as they are. */
    private static String once(String text, String literal, String with) {
        int at = text.indexOf(literal);
        assertTrue(at >= 0, literal);
        return text.substring(0, at) + with + text.substring(at + literal.length());
    }

    @Test
    void theUnmutatedBundledDatasetLoads() throws Exception {
        byte[] base = DatasetLoader.bundledJson();
        assertFalse(new DatasetLoader().parse("bundled", "bundled", base, DatasetLoader.bundledArticles()).events().isEmpty());
    }
}
