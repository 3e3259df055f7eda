package org.greencredit.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.indicator.api.DraftDefinitionReplaced;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.indicator.api.DraftIndicatorVersionFromPrevious;
import org.greencredit.domain.indicator.api.IndicatorVersionDrafted;
import org.greencredit.domain.indicator.api.IndicatorVersionPublished;
import org.greencredit.domain.indicator.api.IndicatorVersionRetired;
import org.greencredit.domain.indicator.api.PublishIndicatorVersion;
import org.greencredit.domain.indicator.api.ReplaceDraftDefinition;
import org.greencredit.domain.indicator.api.RetireIndicatorVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {

    private static final String SYSTEM = "TZ-GREEN-CREDIT";
    private static final Map<String, Object> ADMIN = new Actor("admin-1", Role.ADMIN, "信息中心", null).asMetaData();
    private static final Map<String, Object> OFFICER = Actor.officer("officer-1", "执法大队").asMetaData();
    private static final String YAML = IndicatorSystemParserTest.shippedYaml();
    private static final String JSON = IndicatorSystemJson.canonical(IndicatorSystemParser.parse(YAML));
    private static final String HASH = IndicatorSystemJson.sha256(JSON);
    private static final IndicatorVersionDrafted DRAFTED = new IndicatorVersionDrafted(SYSTEM, "2026.1", YAML, JSON, HASH);
    private static final IndicatorVersionPublished PUBLISHED =
            new IndicatorVersionPublished(SYSTEM, "2026.1", HASH, LocalDate.of(2026, 1, 1));

    private FixtureConfiguration<IndicatorCatalog> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndicatorCatalog.class);
    }

    @Test
    void anAdministratorDraftsAVersionFromAFile() {
        fixture.givenNoPriorActivity()
               .when(new DraftIndicatorVersion(SYSTEM, "2026.1", YAML), ADMIN)
               .expectEvents(DRAFTED);
    }

    @Test
    void anInvalidDefinitionIsRefusedWithItsProblems() {
        String broken = YAML.replace("cap: 9", "cap: 0");

        fixture.givenNoPriorActivity()
               .when(new DraftIndicatorVersion(SYSTEM, "2026.1", broken), ADMIN)
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(
                       "indicator.definition.invalid [dimensions[0].indicators[0].cap: definition.number.notPositive [cap, 0]]");
    }

    @Test
    void theDefinitionMustNameTheSystemAndVersionItIsDraftedAs() {
        refused(fixture.givenNoPriorActivity(), new DraftIndicatorVersion(SYSTEM, "2026.2", YAML), ADMIN,
                "indicator.definition.otherVersion [2026.1, 2026.2]");
        refused(new AggregateTestFixture<>(IndicatorCatalog.class).givenNoPriorActivity(),
                new DraftIndicatorVersion("OTHER", "2026.1", YAML), ADMIN,
                "indicator.definition.otherSystem [TZ-GREEN-CREDIT, OTHER]");
    }

    @Test
    void aVersionIsDraftedOnce() {
        refused(fixture.given(DRAFTED), new DraftIndicatorVersion(SYSTEM, "2026.1", YAML), ADMIN,
                "indicator.version.exists [2026.1]");
    }

    @Test
    void aNewVersionCanStartFromThePreviousOne() {
        fixture.given(DRAFTED, PUBLISHED)
               .when(new DraftIndicatorVersionFromPrevious(SYSTEM, "2027.1", "2026.1"), ADMIN)
               .expectSuccessfulHandlerExecution()
               .expectState(catalog -> {
                   CatalogEntry copy = catalog.versions().get(1);
                   assertThat(copy.version()).isEqualTo("2027.1");
                   assertThat(copy.status()).isEqualTo(VersionStatus.DRAFT);
                   assertThat(IndicatorSystemJson.read(copy.canonicalJson()).version()).isEqualTo("2027.1");
                   assertThat(IndicatorSystemJson.read(copy.canonicalJson()).dimensions())
                           .isEqualTo(IndicatorSystemJson.read(JSON).dimensions());
               });
    }

    @Test
    void aDraftCanBeReplacedButAPublishedVersionNever() {
        String changed = YAML.replace("points: -3}", "points: -4}");
        String changedJson = IndicatorSystemJson.canonical(IndicatorSystemParser.parse(changed));

        fixture.given(DRAFTED)
               .when(new ReplaceDraftDefinition(SYSTEM, "2026.1", changed), ADMIN)
               .expectEvents(new DraftDefinitionReplaced(SYSTEM, "2026.1", changed, changedJson,
                                                         IndicatorSystemJson.sha256(changedJson)));
        refused(fixture.given(DRAFTED, PUBLISHED), new ReplaceDraftDefinition(SYSTEM, "2026.1", changed), ADMIN,
                "indicator.version.wrongStatus [2026.1, PUBLISHED, DRAFT]");
    }

    @Test
    void publishingFixesTheVersionAndItsEffectiveDate() {
        fixture.given(DRAFTED)
               .when(new PublishIndicatorVersion(SYSTEM, "2026.1", LocalDate.of(2026, 1, 1)), ADMIN)
               .expectEvents(PUBLISHED);
        refused(fixture.given(DRAFTED, PUBLISHED), new PublishIndicatorVersion(SYSTEM, "2026.1", LocalDate.of(2026, 1, 1)),
                ADMIN, "indicator.version.wrongStatus [2026.1, PUBLISHED, DRAFT]");
        refused(fixture.given(DRAFTED), new PublishIndicatorVersion(SYSTEM, "2026.1", null), ADMIN,
                "date.required [field.effectiveFrom]");
    }

    @Test
    void twoPublishedVersionsCannotShareAnEffectiveDate() {
        String next = YAML.replace("version: \"2026.1\"", "version: \"2027.1\"");
        String nextJson = IndicatorSystemJson.canonical(IndicatorSystemParser.parse(next));

        refused(fixture.given(DRAFTED, PUBLISHED, new IndicatorVersionDrafted(SYSTEM, "2027.1", next, nextJson,
                                                                             IndicatorSystemJson.sha256(nextJson))),
                new PublishIndicatorVersion(SYSTEM, "2027.1", LocalDate.of(2026, 1, 1)), ADMIN,
                "indicator.effectiveDateTaken [2026-01-01, 2026.1]");
    }

    @Test
    void aPublishedVersionIsRetiredOnce() {
        fixture.given(DRAFTED, PUBLISHED)
               .when(new RetireIndicatorVersion(SYSTEM, "2026.1", LocalDate.of(2027, 1, 1)), ADMIN)
               .expectEvents(new IndicatorVersionRetired(SYSTEM, "2026.1", LocalDate.of(2027, 1, 1)));
        refused(fixture.given(DRAFTED), new RetireIndicatorVersion(SYSTEM, "2026.1", LocalDate.of(2027, 1, 1)), ADMIN,
                "indicator.version.wrongStatus [2026.1, DRAFT, PUBLISHED]");
        refused(fixture.given(DRAFTED, PUBLISHED), new RetireIndicatorVersion(SYSTEM, "2099.1", LocalDate.of(2027, 1, 1)),
                ADMIN, "indicator.version.notFound [2099.1]");
    }

    @Test
    void onlyAdministratorsChangeTheCatalog() {
        refused(fixture.givenNoPriorActivity(), new DraftIndicatorVersion(SYSTEM, "2026.1", YAML), OFFICER,
                "actor.notPermitted [OFFICER]");
        refused(fixture.given(DRAFTED), new PublishIndicatorVersion(SYSTEM, "2026.1", LocalDate.of(2026, 1, 1)), OFFICER,
                "actor.notPermitted [OFFICER]");
    }
}
