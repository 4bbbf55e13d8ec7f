package vn.sct.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layers of the product (docs/ARCHITECTURE.md), from the ground floor up: {@code common}; the base
 * ({@code calendar}, {@code organisation}); {@code notification}; the use cases ({@code directive},
 * {@code deadline}, {@code extension}, {@code report}); the adapters (the diagrams' handlers in
 * {@code process}, the API, the web layer, security, start-up, Cockpit, configuration). A layer uses only
 * those below it, and no two packages use each other.
 */
@AnalyzeClasses(packages = "vn.sct.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("vn.sct.tracker..")
            .layer("Common").definedBy("vn.sct.tracker.common..")
            .layer("Base").definedBy("vn.sct.tracker.calendar..", "vn.sct.tracker.organisation..")
            .layer("Notification").definedBy("vn.sct.tracker.notification..")
            .layer("UseCases").definedBy("vn.sct.tracker.directive..", "vn.sct.tracker.deadline..",
                    "vn.sct.tracker.extension..", "vn.sct.tracker.report..", "vn.sct.tracker.intake..")
            .layer("Adapters").definedBy("vn.sct.tracker.process..", "vn.sct.tracker.api..", "vn.sct.tracker.web..",
                    "vn.sct.tracker.security..", "vn.sct.tracker.setup..", "vn.sct.tracker.cockpit..",
                    "vn.sct.tracker.config..")
            .whereLayer("Common").mayNotAccessAnyLayer()
            .whereLayer("Base").mayOnlyAccessLayers("Common")
            .whereLayer("Notification").mayOnlyAccessLayers("Common", "Base")
            .whereLayer("UseCases").mayOnlyAccessLayers("Common", "Base", "Notification")
            .whereLayer("Adapters").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule noCycles = slices().matching("vn.sct.tracker.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenProcesses = slices().matching("vn.sct.tracker.process.(*)..").should()
            .beFreeOfCycles();

    /** The engine calls the product through the diagrams' handlers only: use cases take ids and values. */
    @ArchTest
    static final ArchRule engineCallbacksOnlyInHandlers = noClasses().that().resideOutsideOfPackage("vn.sct.tracker.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.delegate..");

    @ArchTest
    static final ArchRule controllersInTheApi = classes().that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("vn.sct.tracker.api..", "vn.sct.tracker.web..");

    /** One clock: the engine's, through AppClock (tests move it). */
    @ArchTest
    static final ArchRule oneClock = noClasses().that().resideOutsideOfPackages("vn.sct.tracker.common..",
                    "vn.sct.tracker.calendar..", "vn.sct.tracker.security..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now");
}
