package org.greencredit.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.greencredit.projections.support.DocumentsByCreditCode;
import org.greencredit.projections.support.DocumentsByEnterprise;
import org.greencredit.projections.support.EnterpriseLookup;

/** The boundaries issue 19 drew inside the modules: names, who applies events, how read models are found. */
@AnalyzeClasses(packages = "org.greencredit", importOptions = ImportOption.DoNotIncludeTests.class)
class StructureRulesTest {

    @ArchTest
    static final ArchRule queryRecordsAreNotNamedLikeRoutes = noClasses()
            .that().resideInAPackage("org.greencredit.projections..")
            .should().haveSimpleNameEndingWith("View")
            .because("a …View is a Vaadin route; what a query answers is a …Summary or a domain noun");

    @ArchTest
    static final ArchRule onlyTheDomainAppliesEvents = noClasses()
            .that().resideOutsideOfPackage("org.greencredit.domain..")
            .should().callMethod(AggregateLifecycle.class, "apply", Object.class)
            .because("events are applied by an aggregate and its parts (entities, policies) only");

    @ArchTest
    static final ArchRule theCreditFilesPartsStayInItsPackage = classes()
            .that().haveSimpleNameEndingWith("Rules").or().haveSimpleName("GradeInForce")
            .or().haveSimpleName("CreditRepair")
            .and().resideInAPackage("org.greencredit.domain.creditfile")
            .should().notBePublic()
            .because("the credit file's policies and input rules serve its commands, not other code");

    @ArchTest
    static final ArchRule enterpriseDocumentsAreFoundThroughTheLookup = noClasses()
            .that().doNotBelongToAnyOf(EnterpriseLookup.class, DocumentsByEnterprise.class,
                                       DocumentsByCreditCode.class)
            .should().dependOnClassesThat().belongToAnyOf(DocumentsByEnterprise.class, DocumentsByCreditCode.class)
            .because("the store decides how one enterprise's documents are found (EnterpriseLookup)");

    @ArchTest
    static final ArchRule domainConceptsFormNoCycle = slices().matching("org.greencredit.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule projectionConceptsFormNoCycle = slices().matching("org.greencredit.projections.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiConceptsFormNoCycle = slices().matching("org.greencredit.ui.(*)..")
            .should().beFreeOfCycles();
}
