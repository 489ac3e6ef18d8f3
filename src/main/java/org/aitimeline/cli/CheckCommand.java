package org.aitimeline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check FILE…}: validates dataset files by the loader's own rules, without a window, for editors and CI. Each
 * problem is one line, {@code file:line: path: message}, as the open dialog shows it.
 */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true,
        description = "Checks dataset files (and the articles they cite) without opening a window; prints every "
                + "problem as file:line: path: message.",
        footer = {"", "Exit codes: 0 every file is valid, 1 a problem was found, 2 bad arguments."})
final class CheckCommand implements Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "dataset JSON files to check")
    List<String> files = new ArrayList<>();

    @Option(names = "--json", description = "print the problems as JSON: {\"files\": [...], \"problems\": [{file, line, path, message}]}")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Override
    public int run(PrintStream out, PrintStream err) {
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            Path p;
            try {
                p = CommandLineOptions.path("FILE", f);
            } catch (CommandLineOptions.UsageException e) {
                return CommandOutput.usage(err, e.getMessage());
            }
            // A name that is not there is a mistyped argument, not a dataset with a problem.
            if (!Files.exists(p)) return CommandOutput.usage(err, "no such file: " + ProblemText.id(f));
            paths.add(p);
        }
        List<Problem> problems = new ArrayList<>();
        List<String> ok = new ArrayList<>();
        DatasetLoader loader = new DatasetLoader();
        for (Path p : paths) {
            try {
                int events = loader.load(p).events().size();
                ok.add(p + ": ok (" + events + " event" + (events == 1 ? "" : "s") + ")");
            } catch (DatasetException e) {
                problems.addAll(e.problems());
            }
        }
        if (json) {
            out.println(json(paths, problems));
        } else {
            for (Problem p : problems) out.println(p);
            for (String line : ok) out.println(line);
        }
        return problems.isEmpty() ? CommandOutput.OK : CommandOutput.IO_ERROR;
    }

    private static final JsonFactory JSON = new JsonFactory();

    static String json(List<Path> files, List<Problem> problems) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (Path f : files) {
                g.writeStartObject();
                g.writeStringField("file", f.toString());
                g.writeBooleanField("valid", problems.stream().noneMatch(p -> p.file().equals(f.toString())));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                g.writeNumberField("line", p.line());
                g.writeStringField("path", p.path());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
