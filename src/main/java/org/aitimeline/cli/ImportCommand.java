package org.aitimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;
import org.aitimeline.data.imports.EpochImport;
import org.aitimeline.data.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import epoch notable_ai_models.csv -o notable-models.json}: converts a public record into a dataset file.
 * Every row it cannot convert is printed as one line ({@code file:line: row N "column": reason}); the file written
 * always loads, since the converter checks it with the loader's rules.
 */
@Command(name = "import", sortOptions = false, usageHelpAutoWidth = true,
        description = "Converts a public record into a dataset file. FORMAT is 'epoch': Epoch AI's notable_ai_models.csv "
                + "(Data on Notable AI Models, CC BY 4.0).",
        footer = {"", "Exit codes: 0 written (rows left out are listed), 1 nothing could be converted or an I/O error, "
                + "2 bad arguments."})
final class ImportCommand implements Subcommand {

    @Parameters(index = "0", paramLabel = "FORMAT", description = "epoch")
    String format;

    @Parameters(index = "1", paramLabel = "CSV", description = "the file to convert")
    String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the dataset JSON to write")
    String output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Override
    public int run(PrintStream out, PrintStream err) {
        if (!format.equals("epoch")) return CommandOutput.usage(err, "unknown import format " + ProblemText.id(format) + " (known: epoch)");
        Path in;
        Path target;
        try {
            in = CommandLineOptions.path("CSV", input);
            target = CommandLineOptions.path("--output", output).toAbsolutePath();
        } catch (CommandLineOptions.UsageException e) {
            return CommandOutput.usage(err, e.getMessage());
        }
        if (!output.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return CommandOutput.usage(err, "--output needs a file name ending in .json, not " + ProblemText.id(output));
        }
        byte[] csv;
        try {
            if (!Files.isRegularFile(in)) return fail(err, "cannot read " + CommandLineOptions.oneLine(input) + ": no such file");
            if (Files.size(in) > DatasetLoader.MAX_FILE_BYTES) return fail(err, "cannot read " + CommandLineOptions.oneLine(input) + ": larger than 256 MB");
            csv = Files.readAllBytes(in);
        } catch (IOException e) {
            return fail(err, "cannot read " + CommandLineOptions.oneLine(input) + ": " + CommandOutput.reason(e));
        }
        EpochImport.Conversion c;
        try {
            c = EpochImport.convert(input, csv);
        } catch (RuntimeException e) {
            return fail(err, "the conversion failed (" + CommandLineOptions.oneLine(String.valueOf(e.getMessage())) + "); please report this");
        }
        for (Problem p : c.problems()) err.println(CommandOutput.commandName() + ": " + p);
        int events = c.dataset().events().size();
        if (events == 0) return fail(err, "no row of " + CommandLineOptions.oneLine(input) + " could be converted; nothing written");
        try {
            AtomicFile.write(target, o -> o.write(c.json()));
        } catch (IOException e) {
            return fail(err, "cannot write " + CommandLineOptions.oneLine(target.toString()) + ": " + CommandOutput.reason(e));
        }
        out.printf(Locale.ROOT, "wrote %s (%d events from %d rows, %d organizations; %d problems listed)%n",
                CommandLineOptions.oneLine(target.toString()), events, c.rowsRead(), c.dataset().organizations().size(),
                c.problems().size());
        return CommandOutput.OK;
    }

    private static int fail(PrintStream err, String message) {
        err.println(CommandOutput.commandName() + ": error: " + message);
        return CommandOutput.IO_ERROR;
    }
}
