package org.greencredit.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateIdentifier;

/** The module boundaries of docs/architecture.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "org.greencredit", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final DescribedPredicate<JavaClass> AGGREGATES = new DescribedPredicate<>("aggregates") {
        @Override
        public boolean test(JavaClass javaClass) {
            return javaClass.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(AggregateIdentifier.class));
        }
    };

    @ArchTest
    static final ArchRule domainUsesOnlyAxonModellingAndJackson = classes()
            .that().resideInAPackage("org.greencredit.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.greencredit.domain..", "org.axonframework..", "com.fasterxml.jackson..")
            .because("the domain is pure: no Spring, Mongo or Vaadin, and it knows no outer module");

    @ArchTest
    static final ArchRule domainUsesNoAxonInfrastructure = noClasses()
            .that().resideInAPackage("org.greencredit.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework.spring..", "org.axonframework.config..", "org.axonframework.axonserver..",
                    "org.axonframework.eventsourcing.eventstore..", "org.axonframework.extensions..")
            .because("the domain uses Axon's modelling annotations and messages only");

    @ArchTest
    static final ArchRule projectionsKnowNoSpringVaadinUiOrApplication = noClasses()
            .that().resideInAPackage("org.greencredit.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.vaadin..", "org.greencredit.ui..", "org.greencredit.app..");

    @ArchTest
    static final ArchRule uiNeverTouchesAggregatesStorageOrTheApplication = noClasses()
            .that().resideInAPackage("org.greencredit.ui..")
            .should().dependOnClassesThat(AGGREGATES)
            .orShould().dependOnClassesThat().resideInAnyPackage(
                    "com.mongodb..", "org.bson..", "java.sql..", "org.greencredit.app..",
                    "org.axonframework.eventsourcing..");

    @ArchTest
    static final ArchRule uiReadsOnlyThroughQueries = noClasses()
            .that().resideInAPackage("org.greencredit.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Projection");

    @ArchTest
    static final ArchRule streamsAreFoldedFromTheirFirstEvent = noClasses()
            .that().resideInAPackage("org.greencredit..")
            .should().callMethod(EventStore.class, "readEvents", String.class)
            .because("readEvents(id) starts at the latest snapshot, which only the aggregate's repository can apply; "
                     + "code that folds a stream itself reads it with WholeStream.of, from sequence 0");

    @ArchTest
    static final ArchRule applicationPackagesAreFreeOfCycles = slices()
            .matching("org.greencredit.app.(*)..")
            .should().beFreeOfCycles()
            .because("the application's packages form layers: the launcher over the command-line tools and the demo "
                     + "seeding, those over the store-only application, and so on down to storage and start-up");

    @ArchTest
    static final ArchRule nothingDependsBackOnTheApplicationClass = noClasses()
            .that().resideInAPackage("org.greencredit..").and().resideOutsideOfPackage("org.greencredit.app")
            .should().dependOnClassesThat().areAssignableTo(GreenCreditApplication.class)
            .because("the application class sits outside the slices above and on top of them; the launcher is "
                     + "handed it, and the other application contexts leave it out by its @ContextRoot mark");
}
