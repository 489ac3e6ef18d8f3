package org.aitimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.util.Set;
import org.aitimeline.cli.CommandLineOptions;

/**
 * Layers never point upward: model ← text ← data/timeline ← export ← cli/ui ← app, and cli and ui never reach
 * each other. Checked by ArchUnit on the classes this build compiled (its real output folder, not a copy on
 * the class path), so a fully qualified name or a lambda's captured type counts as much as an import.
 */
@AnalyzeClasses(locations = ArchitectureTest.BuildOutput.class)
class ArchitectureTest {

    /** The folder (or jar) the app's own classes were compiled to: target/classes, or -Daitl.buildDir's. */
    static final class BuildOutput implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location.of(CommandLineOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String MODEL = "org.aitimeline.model..";
    private static final String TEXT = "org.aitimeline.text..";
    private static final String DATA = "org.aitimeline.data..";
    private static final String TIMELINE = "org.aitimeline.timeline..";

    @ArchTest
    static final ArchRule layersNeverPointUpward = layeredArchitecture().consideringAllDependencies()
            .layer("model").definedBy(MODEL)
            .layer("text").definedBy(TEXT)
            .layer("data").definedBy(DATA)
            .layer("timeline").definedBy(TIMELINE)
            .layer("export").definedBy("org.aitimeline.export..")
            .layer("cli").definedBy("org.aitimeline.cli..")
            .layer("ui").definedBy("org.aitimeline.ui..")
            .layer("app").definedBy("org.aitimeline.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("data").mayOnlyBeAccessedByLayers("export", "cli", "ui", "app")
            .whereLayer("timeline").mayOnlyBeAccessedByLayers("export", "cli", "ui", "app")
            .whereLayer("text").mayOnlyBeAccessedByLayers("data", "timeline", "export", "cli", "ui", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("text", "data", "timeline", "export", "cli", "ui", "app")
            // Every class of the app sits in a layer: a new package has to be placed before it compiles in.
            .ensureAllClassesAreContainedInArchitectureIgnoring("org.aitimeline");

    @ArchTest
    static final ArchRule noJavaFxBelowTheTimeline = noClasses().that().resideInAnyPackage(MODEL, TEXT, DATA)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule noJsonLibraryInTheModelWordsOrDrawing = noClasses().that().resideInAnyPackage(MODEL, TEXT, TIMELINE)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses().that().resideOutsideOfPackage("org.aitimeline.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    /** Launcher parses before it picks the headless toolkit for --export: nothing the parser reaches may load JavaFX. */
    @ArchTest
    static final ArchRule theCommandLineIsParsedWithoutJavaFx = noClasses().that().haveSimpleNameStartingWith("CommandLineOptions")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.glass..");
}
