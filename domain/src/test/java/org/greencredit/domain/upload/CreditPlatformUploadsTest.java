package org.greencredit.domain.upload;

import static org.greencredit.domain.support.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.upload.api.ProduceResultsUpload;
import org.greencredit.domain.upload.api.ResultsUploadProduced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 信用平台上传: a full upload of a published cycle, incremental ones on top of the latest, and every refusal. */
class CreditPlatformUploadsTest {

    private static final String CYCLE = "2026-ANNUAL";
    private static final String FIRST = "5a1e0c3e-2b7d-4c61-8f0e-7f1c2d3e4f50";
    private static final String SECOND = "6b2f1d4f-3c8e-4d72-9a1f-8a2d3e4f5a61";
    private static final String THIRD = "7c3a2e5a-4d9f-4e83-8b2a-9b3e4f5a6b72";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant AT = LocalDate.of(2026, 6, 1).atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(8));
    private static final Map<String, Object> OFFICER = Actor.officer("officer-zhang", "执法大队").asMetaData();
    private static final Map<String, Object> ADMIN = new Actor("admin-wang", Role.ADMIN, null, null).asMetaData();
    private static final Map<String, Object> AUDITOR = new Actor("auditor-qian", Role.AUDITOR, null, null).asMetaData();
    private static final Map<String, Object> REVIEWER = new Actor("reviewer-li", Role.REVIEWER, null, null).asMetaData();

    private final Map<String, CyclePhase> phases = new HashMap<>(Map.of(CYCLE, CyclePhase.PUBLISHED));
    private FixtureConfiguration<CreditPlatformUploads> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditPlatformUploads.class);
        fixture.registerInjectableResource(new SimulatedClock(LocalDate.of(2026, 6, 1)));
        fixture.registerInjectableResource((CyclePhases) cycleId -> Optional.ofNullable(phases.get(cycleId)));
    }

    private static List<UploadFile> files() {
        return List.of(new UploadFile("2026-ANNUAL-01-full.xlsx", UploadFormat.XLSX, 5120, SHA),
                       new UploadFile("2026-ANNUAL-01-full.csv", UploadFormat.CSV, 900, SHA),
                       new UploadFile("2026-ANNUAL-01-full.json", UploadFormat.JSON, 1800, SHA),
                       new UploadFile("2026-ANNUAL-01-full-manifest.json", UploadFormat.MANIFEST, 700, SHA));
    }

    private static ProduceResultsUpload full(String uploadId) {
        return new ProduceResultsUpload(CYCLE, uploadId, UploadKind.FULL, null, "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                        Map.of("A", 1, "B", 2), files(), AT);
    }

    private static ProduceResultsUpload incremental(String uploadId, String base, int rows) {
        return new ProduceResultsUpload(CYCLE, uploadId, UploadKind.INCREMENTAL, base, "TZ-GREEN-CREDIT", "2026.1",
                                        SHA, rows, Map.of("D", rows), files(), AT);
    }

    private static ResultsUploadProduced produced(ProduceResultsUpload command, int sequence, String by) {
        return new ResultsUploadProduced(CYCLE, command.uploadId(), sequence, command.kind(), command.baseUploadId(),
                                         "TZ-GREEN-CREDIT", "2026.1", SHA, command.rows(), command.gradeCounts(),
                                         command.files(), by, AT);
    }

    @Test
    void anOfficerProducesTheFullUploadOfAPublishedCycle() {
        fixture.givenNoPriorActivity().when(full(FIRST), OFFICER)
               .expectEvents(produced(full(FIRST), 1, "officer-zhang"));
    }

    @Test
    void anAdministratorMayProduceItToo_AndAClosedCycleStillHasItsResults() {
        phases.put(CYCLE, CyclePhase.CLOSED);
        fixture.givenNoPriorActivity().when(full(FIRST), ADMIN).expectEvents(produced(full(FIRST), 1, "admin-wang"));
    }

    @Test
    void anIncrementalUploadBuildsOnTheLatestUploadOfTheCycle() {
        fixture.given(produced(full(FIRST), 1, "officer-zhang")).when(incremental(SECOND, FIRST, 1), OFFICER)
               .expectEvents(produced(incremental(SECOND, FIRST, 1), 2, "officer-zhang"));
        fixture.given(produced(full(FIRST), 1, "officer-zhang"),
                      produced(incremental(SECOND, FIRST, 1), 2, "officer-zhang"))
               .when(incremental(THIRD, SECOND, 2), OFFICER)
               .expectEvents(produced(incremental(THIRD, SECOND, 2), 3, "officer-zhang"));
    }

    @Test
    void aSecondFullUploadIsAllowedAndBecomesTheBase() {
        fixture.given(produced(full(FIRST), 1, "officer-zhang")).when(full(SECOND), OFFICER)
               .expectEvents(produced(full(SECOND), 2, "officer-zhang"));
        refused(fixture.given(produced(full(FIRST), 1, "officer-zhang"), produced(full(SECOND), 2, "officer-zhang")),
                incremental(THIRD, FIRST, 1), OFFICER, "upload.base.outdated [" + FIRST + ", " + SECOND + "]");
    }

    @Test
    void refusesRolesOtherThanOfficerAndAdministrator() {
        refused(fixture.givenNoPriorActivity(), full(FIRST), AUDITOR, "actor.notPermitted [AUDITOR]");
        refused(fixture.givenNoPriorActivity(), full(FIRST), REVIEWER, "actor.notPermitted [REVIEWER]");
    }

    @Test
    void refusesACycleThatIsNotPublishedOrDoesNotExist() {
        phases.put(CYCLE, CyclePhase.REVIEW);
        refused(fixture.givenNoPriorActivity(), full(FIRST), OFFICER,
                "upload.cycleNotPublished [" + CYCLE + ", cyclePhase.REVIEW]");
        phases.clear();
        refused(fixture.givenNoPriorActivity(), full(FIRST), OFFICER, "cycle.notFound [" + CYCLE + "]");
    }

    @Test
    void refusesAnIncrementalWithNothingChangedWithoutAFullUploadOrOnAnOutdatedBase() {
        ResultsUploadProduced first = produced(full(FIRST), 1, "officer-zhang");
        refused(fixture.given(first), new ProduceResultsUpload(CYCLE, SECOND, UploadKind.INCREMENTAL, FIRST,
                                                               "TZ-GREEN-CREDIT", "2026.1", SHA, 0, Map.of(), files(),
                                                               AT),
                OFFICER, "upload.nothingChanged [" + CYCLE + "]");
        refused(fixture.givenNoPriorActivity(), incremental(SECOND, null, 1), OFFICER,
                "upload.noFullUpload [" + CYCLE + "]");
        refused(fixture.given(first, produced(incremental(SECOND, FIRST, 1), 2, "officer-zhang")),
                incremental(THIRD, FIRST, 1), OFFICER, "upload.base.outdated [" + FIRST + ", " + SECOND + "]");
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, SECOND,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                                                         Map.of("A", 3), files(), AT),
                OFFICER, "upload.base.notForFull");
    }

    @Test
    void refusesMalformedUploads() {
        refused(fixture.givenNoPriorActivity(), full("not-a-uuid"), OFFICER, "upload.id.invalid [not-a-uuid]");
        refused(fixture.given(produced(full(FIRST), 1, "officer-zhang")), full(FIRST), OFFICER,
                "upload.alreadyProduced [" + FIRST + "]");
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, null, null, "TZ-GREEN-CREDIT",
                                                                         "2026.1", SHA, 3, Map.of("A", 3), files(),
                                                                         AT),
                OFFICER, "upload.kind.required");
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, null,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                                                         Map.of("A", 2), files(), AT),
                OFFICER, "upload.counts.mismatch [3]");
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, null,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 0,
                                                                         Map.of(), files(), AT),
                OFFICER, "upload.noResults [" + CYCLE + "]");
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, null,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                                                         Map.of("A", 3), files().subList(0, 3), AT),
                OFFICER, "upload.files.incomplete");
        List<UploadFile> traversal = List.of(files().get(0), files().get(1), files().get(2),
                                             new UploadFile("../manifest.json", UploadFormat.MANIFEST, 700, SHA));
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, null,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                                                         Map.of("A", 3), traversal, AT),
                OFFICER, "upload.file.invalid [../manifest.json]");
        List<UploadFile> badHash = List.of(files().get(0), files().get(1), files().get(2),
                                           new UploadFile("m.json", UploadFormat.MANIFEST, 700, "abc"));
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, null,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                                                         Map.of("A", 3), badHash, AT),
                OFFICER, "upload.file.invalid [m.json]");
        refused(fixture.givenNoPriorActivity(), new ProduceResultsUpload(CYCLE, FIRST, UploadKind.FULL, null,
                                                                         "TZ-GREEN-CREDIT", "2026.1", SHA, 3,
                                                                         Map.of("A", 3), files(),
                                                                         AT.plusSeconds(86_400)),
                OFFICER, "upload.producedAt.invalid");
    }
}
