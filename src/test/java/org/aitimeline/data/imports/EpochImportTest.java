package org.aitimeline.data.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Access;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Epoch AI converter on real rows of the bundled CSV snapshot, and on hostile CSV. */
class EpochImportTest {

    static final String FOLDER = "/org/aitimeline/data/record/";
    static List<String> header;
    static Map<String, List<String>> rowsByModel = new LinkedHashMap<>();
    static byte[] csv;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EpochImportTest.class.getResourceAsStream(FOLDER + name)) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void readSnapshot() throws IOException {
        csv = resource("notable_ai_models.csv");
        // Read independently of the converter (databind's CsvMapper) to pick real rows by their model.
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            header = it.next();
            while (it.hasNext()) {
                List<String> row = it.next();
                rowsByModel.putIfAbsent(row.get(0), row);
            }
        }
    }

    static String cell(List<String> row, String column) {
        return row.get(header.indexOf(column));
    }

    /** A CSV of the real header and the given rows, each changed by {@code change}, written by Jackson's CSV writer. */
    static byte[] csvOf(List<List<String>> rows) throws IOException {
        CsvMapper mapper = new CsvMapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        mapper.writer().writeValues(out).writeAll(all).close();
        return out.toByteArray();
    }

    static List<String> row(String model, UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(rowsByModel.get(model)));
    }

    static List<String> with(List<String> row, String column, String value) {
        row.set(header.indexOf(column), value);
        return row;
    }

    static Event only(EpochImport.Conversion c) {
        assertEquals(1, c.dataset().events().size(), c.problems()::toString);
        return c.dataset().events().get(0);
    }

    @Test
    void theBundledDatasetIsTheConversionOfTheBundledCsv() throws Exception {
        EpochImport.Conversion c = EpochImport.convert("notable_ai_models.csv", csv);
        assertArrayEquals(resource("notable-models.json"), c.json(),
                "regenerate: open-source-ai-timeline import epoch notable_ai_models.csv -o notable-models.json");
        assertEquals(952, c.rowsRead());
        // Every row is an event or a reported problem, never silently dropped.
        assertEquals(c.rowsRead(), c.dataset().events().size() + c.problems().size(), c.problems()::toString);
        for (Problem p : c.problems()) assertTrue(p.path().matches("row \\d+ \".+\"") && p.line() > 0, p::toString);
    }

    @Test
    void aMultiOrganizationRowNamesEachOrganizationOnceAndItsCountries() throws Exception {
        List<String> r = rowsByModel.get("Back-propagation");
        assertEquals("University of California San Diego,Carnegie Mellon University (CMU)", cell(r, "Organization"));
        Event e = only(EpochImport.convert("t.csv", csvOf(List.of(r))));
        assertEquals(List.of("university-of-california-san-diego", "carnegie-mellon-university-cmu"), e.organizations());
        assertEquals(List.of("US"), e.countries(), "the row's two 'United States of America' are one country");
        assertEquals(PartialDate.ofDay(1986, 10, 1), e.date());
        assertEquals("Learning representations by back-propagating errors", e.evidence().get(0).title());
        assertEquals(Set.of(Evidence.Support.FACT, Evidence.Support.DATE), e.evidence().get(0).supports());
        assertTrue(e.passages().isEmpty());
    }

    @Test
    void nameVariantsOfOneOrganizationAreOneOrganizationWithAliases() throws Exception {
        List<List<String>> rows = rowsByModel.values().stream()
                .filter(r -> Set.of("Meta AI", "Facebook AI Research", "Facebook").contains(cell(r, "Organization"))).toList();
        assertTrue(rows.size() > 20);
        EpochImport.Conversion c = EpochImport.convert("t.csv", csvOf(rows));
        assertEquals(List.of("meta"), c.dataset().organizations().stream().map(o -> o.id()).toList());
        assertTrue(c.dataset().organizations().get(0).aliases().containsAll(List.of("Meta AI", "Facebook AI Research")));
        assertEquals("US", c.dataset().organizations().get(0).country());
    }

    @Test
    void multinationalNamesNoCountryAndUnFormsBecomeIsoCodes() throws Exception {
        List<String> veo = rowsByModel.get("Veo 3");
        assertTrue(cell(veo, "Country (of organization)").contains("Multinational"));
        assertEquals(List.of("US", "GB", "CA", "FR"), only(EpochImport.convert("t.csv", csvOf(List.of(veo)))).countries());
        List<String> exaone = rowsByModel.get("EXAONE Deep 32B");
        assertEquals("Korea (Republic of)", cell(exaone, "Country (of organization)"));
        assertEquals(List.of("KR"), only(EpochImport.convert("t.csv", csvOf(List.of(exaone)))).countries());
    }

    @Test
    void everyAccessibilityValueMapsAsDocumentedAndKeepsEpochsWords() throws Exception {
        Map<String, Access> expected = new LinkedHashMap<>();
        expected.put("Open weights (restricted use)", Access.OPEN_WEIGHTS);
        expected.put("Open weights (non-commercial)", Access.OPEN_WEIGHTS);
        expected.put("API access", Access.API_ONLY);
        expected.put("Hosted access (no API)", Access.API_ONLY);
        expected.put("Unreleased", Access.CLOSED);
        expected.put("", null);
        Set<String> seen = new java.util.HashSet<>();
        for (List<String> r : rowsByModel.values()) seen.add(cell(r, "Model accessibility"));
        Set<String> documented = new java.util.HashSet<>(expected.keySet());
        documented.add("Open weights (unrestricted)");
        assertEquals(documented, seen, "the snapshot's values are the documented ones");
        for (Map.Entry<String, Access> x : expected.entrySet()) {
            List<String> r = rowsByModel.values().stream().filter(v -> cell(v, "Model accessibility").equals(x.getKey()))
                    .findFirst().orElseThrow();
            Event e = only(EpochImport.convert("t.csv", csvOf(List.of(r))));
            assertEquals(x.getValue(), e.access(), x.getKey());
            assertTrue(e.summary().en().contains(x.getKey().isEmpty() ? "not recorded" : "“" + x.getKey() + "”"), e.summary().en());
        }
        // Unrestricted weights: open source with open training code under an OSI licence, else open weights.
        Event qwq = only(EpochImport.convert("t.csv", csvOf(List.of(rowsByModel.get("QwQ-32B")))));
        assertEquals(Access.OPEN_WEIGHTS, qwq.access(), "training code unreleased");
        assertEquals("Apache-2.0", qwq.licence());
        List<String> open = rowsByModel.values().stream().filter(v -> cell(v, "Model accessibility").equals("Open weights (unrestricted)")
                && cell(v, "Training code accessibility").equals("Open source") && cell(v, "Accessibility notes").contains("MIT"))
                .findFirst().orElseThrow();
        assertEquals(Access.OPEN_SOURCE, only(EpochImport.convert("t.csv", csvOf(List.of(open)))).access());
        Event exaone = only(EpochImport.convert("t.csv", csvOf(List.of(rowsByModel.get("EXAONE Deep 32B")))));
        assertEquals("licence not named by Epoch AI (non-commercial)", exaone.licence());
    }

    @Test
    void multilineQuotedFieldsStayInTheirRowAndTitlesAreOneLine() throws Exception {
        List<String> pangu = rowsByModel.get("Pangu Ultra");
        assertTrue(cell(pangu, "Reference").contains("\n") && cell(pangu, "Training compute notes").contains("\n"));
        List<String> veo = rowsByModel.get("Veo 3");
        EpochImport.Conversion c = EpochImport.convert("t.csv", csvOf(List.of(veo, pangu)));
        assertEquals(2, c.dataset().events().size(), c.problems()::toString);
        Event e = c.dataset().event("epoch-pangu-ultra").orElseThrow();
        assertEquals("Pangu Ultra: Pushing the Limits of Dense Large Language Models on Ascend NPUs", e.evidence().get(0).title());
        assertEquals(List.of("CN"), e.countries());
    }

    @Test
    void datesKeepTheirPrecisionAndEmptyOrImpossibleDatesAreReportedWithRowAndColumn() throws Exception {
        String model = "QwQ-32B";
        byte[] bytes = csvOf(List.of(
                row(model, r -> with(with(r, "Publication date", "2025-03"), "Model", "month")),
                row(model, r -> with(with(r, "Publication date", "2025"), "Model", "year")),
                row(model, r -> with(with(r, "Publication date", ""), "Model", "empty")),
                row(model, r -> with(with(r, "Publication date", "2025-02-30"), "Model", "impossible")),
                row(model, r -> with(with(r, "Publication date", "03/06/2025"), "Model", "slashes"))));
        EpochImport.Conversion c = EpochImport.convert("t.csv", bytes);
        assertEquals(PartialDate.ofMonth(2025, 3), c.dataset().event("epoch-month").orElseThrow().date());
        assertEquals(PartialDate.ofYear(2025), c.dataset().event("epoch-year").orElseThrow().date());
        assertEquals(2, c.dataset().events().size());
        assertEquals(List.of("row 3 \"Publication date\"", "row 4 \"Publication date\"", "row 5 \"Publication date\""),
                c.problems().stream().map(Problem::path).toList());
        assertTrue(c.problems().get(0).message().startsWith("is empty"), c.problems()::toString);
        assertTrue(c.problems().get(1).message().contains("\"2025-02-30\" is not a date"));
        assertTrue(c.problems().get(2).message().endsWith("row left out"));
        // Lines count from the header (line 1); each QwQ row spans several lines, so rows 3-5 start well below line 4.
        assertTrue(c.problems().get(0).line() > 4 && c.problems().get(0).line() < c.problems().get(1).line());
    }

    @Test
    void aRowWithoutALinkIsReportedNotDropped() throws Exception {
        List<String> r = rowsByModel.get("Yi-Large");
        assertFalse(cell(r, "Link").contains("http"));
        EpochImport.Conversion c = EpochImport.convert("t.csv", csvOf(List.of(r)));
        assertEquals(0, c.dataset().events().size());
        assertEquals("t.csv:2: row 1 \"Link\": has no http(s) link, and an event from the record needs one; row left out",
                c.problems().get(0).toString());
    }

    // ----- hostile CSV -----

    @Test
    void aWrongHeaderIsRefusedNamingTheMissingColumns() {
        EpochImport.Conversion c = EpochImport.convert("t.csv", "Name,Org,Date\nGPT-2,OpenAI,2019-02-14\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, c.dataset().events().size());
        Problem p = c.problems().get(0);
        assertEquals("header", p.path());
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("missing columns \"Model\", \"Organization\", \"Publication date\""), p::toString);
        assertTrue(p.message().contains("not Epoch AI's notable_ai_models.csv"), p::toString);
    }

    @Test
    void anEmptyFileIsRefused() {
        EpochImport.Conversion c = EpochImport.convert("t.csv", new byte[0]);
        assertTrue(c.problems().get(0).message().startsWith("the file is empty"), c.problems()::toString);
    }

    @Test
    void aHugeFieldIsRefusedNamingRowAndColumn() throws Exception {
        String huge = "x".repeat(EpochCsv.MAX_FIELD_CHARS + 10);
        byte[] bytes = csvOf(List.of(rowsByModel.get("Veo 3"), row("QwQ-32B", r -> with(r, "Abstract", huge))));
        EpochImport.Conversion c = EpochImport.convert("t.csv", bytes);
        Problem p = c.problems().get(c.problems().size() - 1);
        assertEquals("row 2 \"Abstract\"", p.path(), c.problems()::toString);
        assertTrue(p.message().startsWith("a field is longer than 200000 characters"), p::toString);
        assertEquals(1, c.dataset().events().size(), "the rows before it are kept");
    }

    @Test
    void badUtf8IsReportedNamingRowAndColumn() throws Exception {
        byte[] good = csvOf(List.of(rowsByModel.get("QwQ-32B"), rowsByModel.get("Mistral OCR")));
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("Mistral AI");
        byte[] bad = new byte[good.length + 1];
        int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, 0, bad, 0, byteAt);
        bad[byteAt] = (byte) 0xFF;
        System.arraycopy(good, byteAt, bad, byteAt + 1, good.length - byteAt);
        EpochImport.Conversion c = EpochImport.convert("t.csv", bad);
        assertEquals(1, c.dataset().events().size());
        assertEquals("row 2 \"Organization\"", c.problems().get(0).path(), c.problems()::toString);
        assertTrue(c.problems().get(0).message().startsWith("is not valid UTF-8"));
    }

    @Test
    void anUnbalancedQuoteIsReportedNotMisread() throws Exception {
        // The snapshot's own header and Mistral OCR row, with a quote opened before the model and never closed.
        String all = new String(csv, StandardCharsets.UTF_8);
        String text = all.substring(0, all.indexOf('\n') + 1) + "\""
                + all.substring(all.indexOf("\nMistral OCR,") + 1, all.indexOf("\nMercury,") + 1);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        EpochImport.Conversion c = EpochImport.convert("t.csv", bytes);
        assertEquals(0, c.dataset().events().size());
        assertFalse(c.problems().isEmpty());
        assertTrue(c.problems().get(0).path().startsWith("row 1"), c.problems()::toString);
    }

    @Test
    void theConvertedFileConformsToThePublishedSchema() throws Exception {
        com.networknt.schema.JsonSchema schema;
        try (InputStream in = DatasetLoader.class.getResourceAsStream(DatasetLoader.SCHEMA_RESOURCE)) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        var errors = schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(resource("notable-models.json")));
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void theConvertedFileCarriesEpochsLicenceAndAttributionAndLoadsAsIs() throws Exception {
        Dataset d = new DatasetLoader().loadBundled("notable-models");
        assertEquals("CC-BY-4.0", d.licence());
        assertTrue(d.attribution().startsWith("Epoch AI, ‘Data on AI Models’"));
        assertTrue(d.creditLine().endsWith("(CC-BY-4.0)"));
        assertTrue(d.events().size() > 900);
    }
}
