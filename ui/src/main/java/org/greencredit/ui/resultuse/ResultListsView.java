package org.greencredit.ui.resultuse;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.resultuse.ResultUse;
import org.greencredit.domain.resultuse.ResultUseRule;
import org.greencredit.domain.resultuse.Treatment;
import org.greencredit.domain.resultuse.WorkingGroup;
import org.greencredit.domain.resultuse.WorkingGroupDepartment;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.SignedInUser;
import org.greencredit.ui.export.ExportLinks;

/**
 * 结果应用名单 (R11, R14): per department of the working group, the lists of the result uses it applies — licensing,
 * special funds, awards, emissions trading, green finance — with the enterprises in scope it treats preferentially or
 * with caution by their grade in force, each downloadable. A partner sees its own department's lists only, and its
 * address names no other department ({@code /result-lists/{department}} of another is refused like a view its role
 * may not open); officers, administrators and auditors choose any department.
 */
@Route(value = "result-lists", layout = MainLayout.class)
@RouteAlias(value = "result-lists/:" + ResultListsView.DEPARTMENT, layout = MainLayout.class)
@Menu(title = "nav.resultLists", order = 55)
@RolesAllowed({"PARTNER", "OFFICER", "ADMIN", "AUDITOR"})
public class ResultListsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String DEPARTMENT = "department";

    private final ResultListsClient lists;
    private final WorkingGroup workingGroup;
    private final ResultListAccess access;
    private final SignedInActor signedIn;
    private final IndicatorSystem gradesFrom;
    private final ResultListRows rows;
    private final Clock clock;
    private final Select<WorkingGroupDepartment> department = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    public ResultListsView(ResultListsClient lists, WorkingGroup workingGroup, SignedInActor signedIn,
                           IndicatorCatalogReader catalog, I18NProvider translations, Clock clock) {
        this.lists = lists;
        this.workingGroup = workingGroup;
        this.access = new ResultListAccess(workingGroup);
        this.signedIn = signedIn;
        this.gradesFrom = catalog.latestPublished().orElse(null);
        this.rows = new ResultListRows(translations, getLocale());
        this.clock = clock;

        H2 title = new H2(getTranslation("resultLists.title"));
        title.setId("result-lists-title");
        department.setId("result-lists-department");
        department.setLabel(getTranslation("resultLists.department"));
        department.setItems(workingGroup.departments());
        department.setItemLabelGenerator(choice -> choice.name(getLocale()));
        department.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                UI.getCurrent().navigate("result-lists/" + change.getValue().code());
            }
        });
        content.setPadding(false);
        content.setId("result-lists-content");
        add(title, new Paragraph(getTranslation("resultLists.intro")), department, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resultLists.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        SignedInUser user = signedIn.user();
        Optional<String> named = event.getRouteParameters().get(DEPARTMENT);
        if (user.role() == Role.PARTNER) {
            department.setVisible(false);
            Optional<WorkingGroupDepartment> own = access.ownDepartment(user);
            if (named.isPresent() && own.map(mine -> !mine.code().equals(named.get())).orElse(true)) {
                event.rerouteToError(AccessDeniedException.class);
                return;
            }
            own.ifPresentOrElse(this::show, () -> message("result-lists-no-department",
                                                          getTranslation("resultLists.noDepartment",
                                                                         user.department() == null ? ""
                                                                                 : user.department())));
            return;
        }
        Optional<WorkingGroupDepartment> chosen = named.isPresent() ? workingGroup.department(named.get())
                : workingGroup.departments().stream().findFirst();
        if (chosen.isEmpty() || !access.mayRead(user, chosen.get())) {
            message("result-lists-unknown", getTranslation("resultLists.unknownDepartment"));
            return;
        }
        department.setValue(chosen.get());
        show(chosen.get());
    }

    private void show(WorkingGroupDepartment shown) {
        Paragraph who = new Paragraph(getTranslation("resultLists.shownFor", shown.name(getLocale())));
        who.setId("result-lists-shown-for");
        content.add(who);
        if (shown.uses().isEmpty()) {
            message("result-lists-none", getTranslation("resultLists.noUses"));
            return;
        }
        shown.uses().forEach(use -> content.add(section(shown, use)));
    }

    private VerticalLayout section(WorkingGroupDepartment shown, ResultUse use) {
        ResultUseRule rule = workingGroup.rule(use);
        String useName = getTranslation("resultUse." + use);
        String id = "result-list-" + use.name().toLowerCase(Locale.ROOT).replace('_', '-');
        H3 heading = new H3(getTranslation("resultLists.heading", useName, String.valueOf(lists.count(rule))));
        heading.setId(id + "-title");
        Paragraph grades = new Paragraph(getTranslation("resultLists.grades",
                                                        gradeNames(rule.grades(Treatment.PREFERENTIAL)),
                                                        gradeNames(rule.grades(Treatment.CAUTION))));
        grades.setId(id + "-grades");
        ExportLinks exports = new ExportLinks(id, () -> fileName(use, shown),
                                              () -> rows.table(useName, lists.all(rule)),
                                              rows.text("supervision.export.csv"), rows.text("supervision.export.xlsx"),
                                              () -> mayStillRead(shown));
        Grid<ResultListRow> grid = grid(id + "-grid");
        grid.setItems(query -> lists.page(rule, query.getOffset(), query.getLimit()).stream(),
                      query -> lists.count(rule));
        VerticalLayout section = new VerticalLayout(heading, grades, exports, grid);
        section.setPadding(false);
        return section;
    }

    /** Asked at each download, in the download's own request: the user of that request, not of the page. */
    private boolean mayStillRead(WorkingGroupDepartment shown) {
        try {
            return access.mayRead(signedIn.user(), shown);
        } catch (RuntimeException notSignedIn) {
            return false;
        }
    }

    private Grid<ResultListRow> grid(String id) {
        Grid<ResultListRow> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(false);
        grid.setHeight("22em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<String> headers = rows.headers();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            grid.addColumn(row -> rows.cells(row).get(column)).setHeader(headers.get(i)).setAutoWidth(true)
                .setTooltipGenerator(row -> rows.cells(row).get(column));
        }
        GridCount.show(grid, "resultLists.empty");
        return grid;
    }

    private String gradeNames(List<String> grades) {
        if (grades.isEmpty()) {
            return getTranslation("resultLists.grades.none");
        }
        return grades.stream().map(grade -> gradesFrom == null ? grade : gradesFrom.grade(grade)
                .map(definition -> getTranslation("public.grade.named", grade, definition.name().in(getLocale())))
                .orElse(grade)).collect(Collectors.joining(getTranslation("resultLists.grades.separator")));
    }

    /** A download's name in the user's language: the use, the department and the day. */
    private String fileName(ResultUse use, WorkingGroupDepartment shown) {
        return getTranslation("resultLists.export.file", getTranslation("resultUse.file." + use),
                              Locale.CHINESE.getLanguage().equals(getLocale().getLanguage()) ? shown.nameZh()
                                                                                              : shown.code(),
                              BusinessDay.today(clock).toString());
    }

    private void message(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        content.add(paragraph);
    }
}
