package org.greencredit.domain.dataerror;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.RecordedFact;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.dataerror.api.RecordDataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.RefuseDataErrorReport;
import org.greencredit.domain.dataerror.api.ReportDataError;
import org.greencredit.domain.dataerror.api.ResolveDataErrorByCorrection;
import org.greencredit.domain.dataerror.api.WithdrawDataErrorReport;

/**
 * 数据纠错: the data error reports on one fact of one credit file, one after another. Keeping them in one stream per
 * fact makes "one open report per fact" a rule of the stream itself, safe against two reports sent at once. A
 * report is an enterprise's claim at any time of year that a fact of its own file is wrong — unlike an objection
 * (异议), which is against a disclosed preliminary grade and only during 公示. An officer answers it by correcting
 * the fact through the credit file (the report then names that correction) or refuses it with a reason.
 *
 * <p>A report's id is the fact's id, {@code #} and its number on the fact, so the stream of any report is known from
 * its id and the credit code.
 */
public class DataErrorReports {

    public static final int MAX_TEXT_LENGTH = 1000;
    private static final String STREAM_PREFIX = "data-error:";

    @AggregateIdentifier
    private String streamId;
    private String creditCode;
    private String factId;
    private final Map<String, Report> reports = new LinkedHashMap<>();

    protected DataErrorReports() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** The stream of the reports on one fact of one credit file. */
    public static String streamId(String creditCode, String factId) {
        return STREAM_PREFIX + creditCode + ":" + factId;
    }

    /** The stream a report id belongs to (an id without a number names no stream that exists). */
    public static String streamIdOfReport(String creditCode, String reportId) {
        String id = String.valueOf(reportId);
        int hash = id.lastIndexOf('#');
        return streamId(creditCode, hash < 0 ? id : id.substring(0, hash));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(ReportDataError command, Actor actor, Clock clock, CreditFileFacts files, CalendarSource calendar,
                  DataErrorSettings settings) {
        actor.requireRole(Role.ENTERPRISE);
        if (command.creditCode() == null) {
            throw new RuleViolation("creditFile.notFound", "null");
        }
        actor.requireOwnFileIfEnterprise(command.creditCode());
        requireText("field.dataErrorReason", command.reason());
        List<EvidenceFile> evidence = command.evidence() == null ? List.of() : List.copyOf(command.evidence());
        requireEvidence(evidence);
        FileFacts file = files.of(command.creditCode())
                              .orElseThrow(() -> new RuleViolation("creditFile.notFound", command.creditCode()));
        if (file.leftScope()) {
            throw new RuleViolation("creditFile.leftScope", command.creditCode());
        }
        RecordedFact fact = file.fact(String.valueOf(command.factId())).orElseThrow(
                () -> new RuleViolation("dataError.fact.notFound", String.valueOf(command.factId())));
        if (!fact.counts()) {
            throw new RuleViolation("dataError.fact.noLongerCounts", "creditfile.status." + fact.status());
        }
        reports.values().stream().filter(report -> report.state() == ReportState.OPEN).findFirst()
               .ifPresent(open -> {
                   throw new RuleViolation("dataError.alreadyOpen", open.reportedOn());
               });
        LocalDate today = BusinessDay.today(clock);
        LocalDate deadline = calendar.workingDays().after(today, settings.decisionWorkingDays());
        String reportId = fact.factId() + "#" + (reports.size() + 1);
        apply(new DataErrorReported(reportId, command.creditCode(), fact.factId(), fact.type(), fact.occurredOn(),
                                    fact.attributes(), command.reason().strip(), evidence, today, deadline,
                                    file.lastSequence()));
        return reportId;
    }

    @CommandHandler
    void handle(ResolveDataErrorByCorrection command, Actor actor, Clock clock, CreditFileFacts files) {
        actor.requireRole(Role.OFFICER);
        Report report = open(command.reportId());
        if (command.correctionSequence() == null) {
            throw new RuleViolation("dataError.correction.required");
        }
        FileFacts file = files.of(creditCode)
                              .orElseThrow(() -> new RuleViolation("creditFile.notFound", creditCode));
        FactCorrection correction = file.correction(command.correctionSequence()).orElseThrow(
                () -> new RuleViolation("dataError.correction.notFound", command.correctionSequence()));
        if (!correction.factId().equals(factId)) {
            throw new RuleViolation("dataError.correction.otherFact");
        }
        if (correction.sequence() <= report.fileSequence()) {
            throw new RuleViolation("dataError.correction.beforeReport", correction.decidedOn());
        }
        String note = optionalText("field.note", command.note());
        apply(new DataErrorCorrected(report.reportId(), creditCode, factId, correction.sequence(),
                                     correction.outcome(), correction.decidedOn(), note, BusinessDay.today(clock)));
    }

    @CommandHandler
    void handle(RefuseDataErrorReport command, Actor actor, Clock clock) {
        actor.requireRole(Role.OFFICER);
        Report report = open(command.reportId());
        requireText("field.dataErrorRefusalReason", command.reason());
        apply(new DataErrorReportRefused(report.reportId(), creditCode, factId, command.reason().strip(),
                                         BusinessDay.today(clock)));
    }

    @CommandHandler
    void handle(WithdrawDataErrorReport command, Actor actor, Clock clock) {
        actor.requireRole(Role.ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        Report report = open(command.reportId());
        apply(new DataErrorReportWithdrawn(report.reportId(), creditCode, factId, BusinessDay.today(clock)));
    }

    @CommandHandler
    void handle(RecordDataErrorDecisionOverdue command, Actor actor, Clock clock) {
        actor.requireRole(Role.SYSTEM);
        Report report = open(command.reportId());
        if (report.overdue()) {
            throw new RuleViolation("dataError.alreadyOverdue", report.decisionDeadline());
        }
        if (!BusinessDay.today(clock).isAfter(report.decisionDeadline())) {
            throw new RuleViolation("deadline.notPassed", report.decisionDeadline());
        }
        apply(new DataErrorDecisionOverdue(report.reportId(), creditCode, factId, report.decisionDeadline()));
    }

    private Report open(String reportId) {
        Report report = reportId == null ? null : reports.get(reportId);
        if (report == null) {
            throw new RuleViolation("dataError.notFound");
        }
        if (report.state() != ReportState.OPEN) {
            throw new RuleViolation("dataError.alreadyClosed", "dataError.state." + report.state());
        }
        return report;
    }

    private static void requireEvidence(List<EvidenceFile> evidence) {
        if (evidence.size() > EvidenceFile.MAX_FILES) {
            throw new RuleViolation("dataError.evidence.tooMany", EvidenceFile.MAX_FILES);
        }
        Set<String> hashes = new HashSet<>();
        for (EvidenceFile file : evidence) {
            if (file == null) {
                throw new RuleViolation("dataError.evidence.invalid", "null");
            }
            file.requireWellFormed();
            if (!hashes.add(file.sha256())) {
                throw new RuleViolation("dataError.evidence.duplicate", file.name());
            }
        }
    }

    private static void requireText(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text.required", what);
        }
        if (text.strip().length() > MAX_TEXT_LENGTH) {
            throw new RuleViolation("text.tooLong", what, MAX_TEXT_LENGTH);
        }
    }

    private static String optionalText(String what, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        requireText(what, text);
        return text.strip();
    }

    @EventSourcingHandler
    void on(DataErrorReported event) {
        streamId = streamId(event.creditCode(), event.factId());
        creditCode = event.creditCode();
        factId = event.factId();
        reports.put(event.reportId(), new Report(event.reportId(), ReportState.OPEN, event.reportedOn(),
                                                 event.decisionDeadline(), event.fileSequence(), false));
    }

    @EventSourcingHandler
    void on(DataErrorCorrected event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.in(ReportState.CORRECTED));
    }

    @EventSourcingHandler
    void on(DataErrorReportRefused event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.in(ReportState.REFUSED));
    }

    @EventSourcingHandler
    void on(DataErrorReportWithdrawn event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.in(ReportState.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(DataErrorDecisionOverdue event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> new Report(
                id, report.state(), report.reportedOn(), report.decisionDeadline(), report.fileSequence(), true));
    }

    private record Report(String reportId, ReportState state, LocalDate reportedOn, LocalDate decisionDeadline,
                          long fileSequence, boolean overdue) {

        Report in(ReportState newState) {
            return new Report(reportId, newState, reportedOn, decisionDeadline, fileSequence, overdue);
        }
    }
}
