package jingdu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering, as rules the build enforces (docs/decisions/0008-layering.md):
 * model ← analysis, store, io ← app ← ui, cli; nothing imports ui but the composition root ({@code jingdu.Main});
 * SQL only in store; JavaFX only in ui. {@code jingdu.text} (paragraphs and sentences of a text) and
 * {@code jingdu.i18n} (messages) are shared utilities every layer above the model may use.
 */
class ArchitectureTest {

    /** The product's classes; the benches (src/bench/java, compiled here with the tests) are not among them. */
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jingdu");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("jingdu.model..")
                .layer("i18n").definedBy("jingdu.i18n..")
                .layer("text").definedBy("jingdu.text..")
                .layer("analysis").definedBy("jingdu.analysis..")
                .layer("store").definedBy("jingdu.store..")
                .layer("io").definedBy("jingdu.io..")
                .layer("app").definedBy("jingdu.app..")
                .layer("ui").definedBy("jingdu.ui..")
                .layer("cli").definedBy("jingdu.cli..")
                .layer("root").definedBy("jingdu")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("root")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("root")
                .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli", "root")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("app", "root")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("io").mayOnlyBeAccessedByLayers("app")
                .whereLayer("text").mayOnlyBeAccessedByLayers("analysis", "store", "io", "app", "ui", "cli", "root")
                .whereLayer("i18n").mayOnlyBeAccessedByLayers("analysis", "store", "io", "app", "ui", "cli", "root")
                .whereLayer("model").mayOnlyBeAccessedByLayers("text", "i18n", "analysis", "store", "io", "app", "ui", "cli", "root")
                .check(classes);
    }

    @Test
    void sqlStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("jingdu.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("jingdu.ui..", "jingdu")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void theProductNeverUsesTheBenches() {
        // they ship apart (target/jingdu-bench.jar); the compiler already keeps src/main from seeing them
        noClasses().should().dependOnClassesThat().resideInAPackage("jingdu.bench..").check(classes);
    }

    /** The use cases a front end works with; only the composition roots make them. */
    private static final Set<String> USE_CASES = Set.of("jingdu.app.Library", "jingdu.app.Services",
            "jingdu.app.AnalysisService", "jingdu.app.library.Catalog", "jingdu.app.library.Duplicates", "jingdu.app.search.Search",
            "jingdu.app.annotate.Annotator", "jingdu.app.annotate.AnnotationImport", "jingdu.app.export.Exports",
            "jingdu.app.importing.BatchImport", "jingdu.app.compile.Compiler");

    /** The window's root, the command line's (every command opens through its --db option) and restore's. */
    private static final String[] ROOTS = {"jingdu.ui.JingduApp", "jingdu.cli.DbOption", "jingdu.cli.RestoreCommand"};

    @Test
    void frontEndsReceiveTheirUseCasesFromTheCompositionRoot() {
        DescribedPredicate<JavaCall<?>> makesUseCase = DescribedPredicate.describe("a use case of jingdu.app",
                call -> USE_CASES.contains(call.getTargetOwner().getName())
                        && (call instanceof JavaConstructorCall || call.getName().equals("open")
                        || call.getName().equals("forLibrary")));
        noClasses().that().resideInAnyPackage("jingdu.ui..", "jingdu.cli..").and().doNotHaveFullyQualifiedName(ROOTS[0])
                .and().doNotHaveFullyQualifiedName(ROOTS[1]).and().doNotHaveFullyQualifiedName(ROOTS[2])
                .should().callCodeUnitWhere(makesUseCase)
                .check(classes);
    }

    @Test
    void theModelUsesNothingOfOurs() {
        noClasses().that().resideInAPackage("jingdu.model..")
                .should().dependOnClassesThat().resideInAnyPackage("jingdu.analysis..", "jingdu.store..", "jingdu.io..",
                        "jingdu.app..", "jingdu.ui..", "jingdu.cli..", "jingdu.i18n..", "jingdu.text..")
                .check(classes);
    }
}
