package org.aitimeline.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.data.DatasetWriter;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * A slice of a dataset as a dataset of its own, so a person can share it: the chosen events, only the organizations
 * and sources they use (in the original order), written by {@link DatasetWriter}, and the cited articles written
 * beside it under the same relative names, so the file loads again as it is.
 *
 * <p>An article file that already exists beside the target is left alone when it holds the same text and refused
 * when it holds another (never overwritten: it may be someone's own file).
 */
public final class SubsetExport {

    private SubsetExport() {
    }

    /** The dataset holding only {@code events} and what they reference. */
    public static Dataset subset(Dataset dataset, List<Event> events) {
        Set<String> organizationIds = new HashSet<>();
        Set<String> sourceIds = new HashSet<>();
        for (Event e : events) {
            organizationIds.addAll(e.organizations());
            for (Passage p : e.passages()) sourceIds.add(p.source());
            for (Correction c : e.corrections()) sourceIds.add(c.claim().source());
        }
        List<Organization> organizations = new ArrayList<>();
        for (Organization o : dataset.organizations()) if (organizationIds.contains(o.id())) organizations.add(o);
        List<Source> sources = new ArrayList<>();
        for (Source s : dataset.sources()) if (sourceIds.contains(s.id())) sources.add(s);
        return new Dataset(dataset.title(), dataset.origin(), sources, organizations, events);
    }

    /** Writes the subset to {@code target} and its articles beside it; returns the subset written. */
    public static Dataset write(Dataset dataset, List<Event> events, Path target) throws IOException {
        Dataset subset = subset(dataset, events);
        Path folder = target.toAbsolutePath().getParent();
        // The articles first: a dataset file whose articles are missing would not load.
        for (Source s : subset.sources()) {
            Path article = folder.resolve(s.file()).normalize();
            if (!article.startsWith(folder)) {
                throw new FileSystemException(article.toString(), null, "the article's path leads outside the folder");
            }
            byte[] text = s.text().getBytes(StandardCharsets.UTF_8);
            if (Files.exists(article)) {
                if (Arrays.equals(Files.readAllBytes(article), text)) continue;
                throw new FileSystemException(article.toString(), null,
                        "a different file of that name is already there; export into another folder");
            }
            Files.createDirectories(article.getParent());
            AtomicFile.write(article, out -> out.write(text));
        }
        new DatasetWriter().save(subset, target);
        return subset;
    }
}
