package org.greencredit.domain.intake;

import static org.greencredit.domain.support.Refusals.refused;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.intake.api.CompleteImport;
import org.greencredit.domain.intake.api.ImportCompleted;
import org.greencredit.domain.intake.api.ImportCounts;
import org.greencredit.domain.intake.api.ImportStarted;
import org.greencredit.domain.intake.api.StartImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import as the audit trail knows it: who brought which file in, and how its rows ended. */
class FactImportTest {

    private static final String ID = "5a1e0c3e-2b7d-4c61-8f0e-7f1c2d3e4f50";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Map<String, Object> OFFICER = Actor.officer("officer-zhang", "执法大队").asMetaData();
    private static final Map<String, Object> OTHER_OFFICER = Actor.officer("officer-li", "监测科").asMetaData();
    private static final Map<String, Object> MONITORING =
            Actor.sourceSystem("monitoring-platform", FactSource.MONITORING).asMetaData();
    private static final Map<String, Object> AUDITOR = new Actor("auditor-qian", Role.AUDITOR, null, null).asMetaData();

    private FixtureConfiguration<FactImport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FactImport.class);
    }

    private static StartImport file(String name, long size, String sha, int rows) {
        return new StartImport(ID, ImportKind.FACTS, ImportChannel.FILE, name, size, sha, rows);
    }

    private static ImportStarted started() {
        return new ImportStarted(ID, ImportKind.FACTS, ImportChannel.FILE, "执法处罚2025.xlsx", 20480, SHA, 3,
                                 "officer-zhang");
    }

    @Test
    void anOfficerStartsAndCompletesAFileImport() {
        fixture.givenNoPriorActivity().when(file("执法处罚2025.xlsx", 20480, SHA, 3), OFFICER)
               .expectEvents(started());
        fixture.given(started()).when(new CompleteImport(ID, new ImportCounts(1, 1, 0, 1, 0)), OFFICER)
               .expectEvents(new ImportCompleted(ID, new ImportCounts(1, 1, 0, 1, 0)));
    }

    @Test
    void aSourceSystemStartsABatchOfFactsButNoFileNorEnterprises() {
        StartImport batch = new StartImport(ID, ImportKind.FACTS, ImportChannel.API, "alarms 2025-05-10", 812, SHA, 2);
        fixture.givenNoPriorActivity().when(batch, MONITORING)
               .expectEvents(new ImportStarted(ID, ImportKind.FACTS, ImportChannel.API, "alarms 2025-05-10", 812, SHA,
                                               2, "monitoring-platform"));
        refused(fixture.givenNoPriorActivity(), file("a.xlsx", 10, SHA, 1), MONITORING,
                "actor.notPermitted [SOURCE_SYSTEM]");
        refused(fixture.givenNoPriorActivity(),
                new StartImport(ID, ImportKind.ENTERPRISES, ImportChannel.API, null, 10, SHA, 1), MONITORING,
                "actor.notPermitted [SOURCE_SYSTEM]");
    }

    @Test
    void refusesOtherRolesAndMalformedImports() {
        refused(fixture.givenNoPriorActivity(), file("a.xlsx", 10, SHA, 1), AUDITOR, "actor.notPermitted [AUDITOR]");
        refused(new AggregateTestFixture<>(FactImport.class).givenNoPriorActivity(), new StartImport("not-a-uuid", ImportKind.FACTS, ImportChannel.FILE,
                                                                 "a.xlsx", 10, SHA, 1),
                OFFICER, "import.id.invalid [not-a-uuid]");
        refused(fixture.givenNoPriorActivity(), new StartImport(ID, null, ImportChannel.FILE, "a.xlsx", 10, SHA, 1),
                OFFICER, "import.kind.required");
        refused(fixture.givenNoPriorActivity(), file(" ", 10, SHA, 1), OFFICER, "import.fileName.invalid [255]");
        refused(fixture.givenNoPriorActivity(), file("../etc/passwd", 10, SHA, 1), OFFICER,
                "import.fileName.invalid [255]");
        refused(fixture.givenNoPriorActivity(), file("a.xlsx", 0, SHA, 1), OFFICER, "import.sizeBytes.invalid");
        refused(fixture.givenNoPriorActivity(), file("a.xlsx", 10, "abc", 1), OFFICER, "import.sha256.invalid");
        refused(fixture.givenNoPriorActivity(), file("a.xlsx", 10, SHA, 0), OFFICER, "import.file.noDataRows");
        refused(fixture.given(started()), file("a.xlsx", 10, SHA, 1), OFFICER, "import.alreadyStarted [" + ID + "]");
    }

    @Test
    void refusesCountsThatDoNotAddUpACompletionByAnotherUserAndASecondCompletion() {
        refused(fixture.given(started()), new CompleteImport(ID, new ImportCounts(1, 1, 0, 0, 0)), OFFICER,
                "import.counts.mismatch [3]");
        refused(fixture.given(started()), new CompleteImport(ID, new ImportCounts(4, 0, 0, -1, 0)), OFFICER,
                "import.counts.mismatch [3]");
        refused(fixture.given(started()), new CompleteImport(ID, new ImportCounts(3, 0, 0, 0, 0)), OTHER_OFFICER,
                "import.notYours [" + ID + "]");
        refused(fixture.given(started(), new ImportCompleted(ID, new ImportCounts(3, 0, 0, 0, 0))),
                new CompleteImport(ID, new ImportCounts(3, 0, 0, 0, 0)), OFFICER,
                "import.alreadyCompleted [" + ID + "]");
    }
}
