package org.greencredit.ui.audit;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.actor.Role;
import org.greencredit.projections.audit.AuditEntry;
import org.greencredit.projections.audit.AuditFilter;
import org.greencredit.projections.audit.ImportDetails;
import org.greencredit.projections.audit.SignInDetails;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.LocalizedDatePicker;

/**
 * 审计时间线: every stored event of one enterprise or of the whole system, filtered by enterprise, event type,
 * business date, actor, role and department, read page by page as the grid scrolls.
 */
class TimelinePanel extends VerticalLayout {

    /** The event types the store holds, as the timeline names them (the event classes' simple names). */
    static final List<String> EVENT_TYPES = List.of(
            "EnterpriseRegistered", "EnterpriseProfileChanged", "FactRecorded", "ViolationCorrected",
            "EnterpriseIncludedInBatch", "EnterpriseLeftScope", "EnterpriseExcludedFromCycle", "CycleOpened",
            "EvaluationOpened", "ItemDeclared", "DeclaredItemVerified", "DeclaredItemsLapsed", "DeclarationClosed",
            "DeclarationPhaseClosed", "VerificationCompleted", "VerificationPhaseClosed", "GradeDecided",
            "DecisionNumberClaimed", "EvaluationDisclosed", "ObjectionFiled", "ObjectionReviewed",
            "ObjectionReviewOverdue", "DisclosureClosed", "DisclosurePhaseClosed", "FinalPublicationAnnounced",
            "FinalGradesPublished", "CycleClosed", "RepairApplied", "RepairApproved", "RepairRejected",
            "RepairDecisionOverdue", "IndicatorVersionDrafted", "DraftDefinitionReplaced",
            "IndicatorVersionPublished", "IndicatorVersionRetired", "YearArrangementEntered", "SignInSucceeded",
            "SignInFailed", "AccountLockedOut", "DataErrorReported", "DataErrorCorrected", "DataErrorReportRefused",
            "DataErrorReportWithdrawn", "DataErrorDecisionOverdue", "InspectorRegistered", "InspectorDetailsChanged",
            "CertificateNumberClaimed", "InspectorDeactivated", "InspectorReactivated", "InspectorRecusalDeclared",
            "InspectorRecusalWithdrawn");

    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                                                                          .withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditClient audit;
    private final TextField creditCode = text("audit-timeline-credit-code", "audit.creditCode");
    private final ComboBox<String> eventType = new ComboBox<>();
    private final LocalizedDatePicker businessFrom = new LocalizedDatePicker("");
    private final LocalizedDatePicker businessTo = new LocalizedDatePicker("");
    private final TextField actor = text("audit-timeline-actor", "audit.actor");
    private final Select<Role> role = new Select<>();
    private final TextField department = text("audit-timeline-department", "audit.department");
    private final Grid<AuditEntry> grid = new Grid<>();

    TimelinePanel(AuditClient audit) {
        this.audit = audit;
        setPadding(false);
        setSizeFull();
        eventType.setId("audit-timeline-event-type");
        eventType.setLabel(getTranslation("audit.eventType"));
        eventType.setItems(EVENT_TYPES);
        eventType.setItemLabelGenerator(this::eventTypeLabel);
        eventType.setClearButtonVisible(true);
        businessFrom.setId("audit-timeline-business-from");
        businessFrom.setLabel(getTranslation("audit.businessFrom"));
        businessTo.setId("audit-timeline-business-to");
        businessTo.setLabel(getTranslation("audit.businessTo"));
        role.setId("audit-timeline-role");
        role.setLabel(getTranslation("audit.role"));
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(value -> value == null ? getTranslation("audit.anyRole")
                                                          : getTranslation("role." + value.name()));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("audit.anyRole"));
        List.<HasValue<?, ?>>of(creditCode, eventType, businessFrom, businessTo, actor, role, department)
            .forEach(filter -> filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));

        grid.setId("audit-timeline-grid");
        grid.addColumn(entry -> eventTypeLabel(entry.eventType())).setHeader(getTranslation("audit.eventType"))
            .setAutoWidth(true).setFlexGrow(1).setTooltipGenerator(entry -> eventTypeLabel(entry.eventType()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TimelinePanel::subject)
            .setHeader(getTranslation("audit.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.businessDate() == null ? "" : entry.businessDate().toString())
            .setHeader(getTranslation("audit.businessDate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> RECORDED_AT.format(entry.recordedAt())).setHeader(getTranslation("audit.recordedAt"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actorId() == null ? "" : entry.actorId())
            .setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actorRole() == null ? "" : getTranslation("role." + entry.actorRole()))
            .setHeader(getTranslation("audit.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actorDepartment() == null ? "" : entry.actorDepartment())
            .setHeader(getTranslation("audit.department")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.source() == null ? "" : getTranslation("audit.source." + entry.source()))
            .setHeader(getTranslation("audit.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.signIn() == null ? "" : signInText(entry.signIn()))
            .setHeader(getTranslation("audit.signIn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.imported() == null ? "" : importText(entry.imported()))
            .setHeader(getTranslation("audit.import")).setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        grid.setItems(query -> audit.timeline(filter(), query.getOffset(), query.getLimit()).stream(),
                      query -> audit.count(filter()));

        FormLayout filters = new FormLayout(creditCode, eventType, businessFrom, businessTo, actor, role, department);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("60em", 4));
        filters.addClassName("audit-timeline-filters");
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(blankToNull(creditCode.getValue().toUpperCase(Locale.ROOT)), null,
                               eventType.getValue(), blankToNull(actor.getValue()),
                               role.getValue() == null ? null : role.getValue().name(),
                               blankToNull(department.getValue()), null, null, businessFrom.getValue(),
                               businessTo.getValue());
    }

    private static String subject(AuditEntry entry) {
        if (entry.signIn() != null) {
            return entry.signIn().username();
        }
        return entry.creditCode() == null ? entry.aggregateId() : entry.creditCode();
    }

    /**
     * 文件 执法处罚.xlsx · 120 行 · SHA-256 9f86d081… for an import's start, the counts for its end, the import and
     * source record for what it brought in.
     */
    private String importText(ImportDetails imported) {
        if (imported.fileName() != null || imported.sha256() != null) {
            return getTranslation("audit.import.started", String.valueOf(imported.fileName()), imported.rows(),
                                  imported.sha256().substring(0, 12), imported.sizeBytes());
        }
        if (imported.recorded() != null) {
            return getTranslation("audit.import.completed", imported.recorded(), imported.alreadyRecorded(),
                                  imported.conflicts(), imported.refused(), imported.unhandled());
        }
        return getTranslation("audit.import.record", imported.importId().substring(0, 8),
                              imported.sourceRecordId() == null ? "" : imported.sourceRecordId());
    }

    /** Channel, address and, for a failure its reason, for a lockout until when: 登录页 · 192.0.2.7 · 密码错误. */
    private String signInText(SignInDetails signIn) {
        String text = getTranslation("audit.signIn.channel." + signIn.channel()) + " · " + signIn.clientAddress();
        if (signIn.reason() != null) {
            text += " · " + getTranslation("audit.signIn.reason." + signIn.reason());
        }
        if (signIn.lockedUntil() != null) {
            text += " · " + getTranslation("audit.signIn.lockedUntil", RECORDED_AT.format(signIn.lockedUntil()));
        }
        return text;
    }

    private String eventTypeLabel(String type) {
        return getTranslation("audit.event." + type);
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
