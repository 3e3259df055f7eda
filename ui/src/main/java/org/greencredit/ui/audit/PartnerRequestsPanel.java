package org.greencredit.ui.audit;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.partner.PartnerRequests;

/**
 * 合作方调用记录: every partner API request — client, organisation, path, the enterprises looked up, the status
 * answered — filtered by client and credit code, read page by page as the grid scrolls.
 */
class PartnerRequestsPanel extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                                                                 .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int CODES_SHOWN = 3;

    private final TextField clientId = new TextField(getTranslation("audit.partner.clientId"));
    private final TextField creditCode = new TextField(getTranslation("audit.creditCode"));
    private final Grid<PartnerRequests.Entry> grid = new Grid<>();

    PartnerRequestsPanel(PartnerRequests requests) {
        setPadding(false);
        setSizeFull();
        clientId.setId("audit-partner-client");
        creditCode.setId("audit-partner-credit-code");
        clientId.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        creditCode.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("audit-partner-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> AT.format(entry.at())).setHeader(getTranslation("audit.recordedAt"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.clientId() == null ? "" : entry.clientId())
            .setHeader(getTranslation("audit.partner.clientId")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.organisation() == null ? "" : entry.organisation())
            .setHeader(getTranslation("audit.partner.organisation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.method() + " " + entry.path()).setHeader(getTranslation("audit.partner.path"))
            .setFlexGrow(1).setTooltipGenerator(entry -> entry.path());
        grid.addColumn(entry -> codes(entry.creditCodes())).setHeader(getTranslation("audit.partner.enterprises"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> String.valueOf(entry.status())).setHeader(getTranslation("audit.partner.status"))
            .setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        grid.setItems(query -> requests.find(clientIdFilter(), creditCodeFilter(), query.getOffset(),
                                             query.getLimit()).stream(),
                      query -> Math.toIntExact(requests.count(clientIdFilter(), creditCodeFilter())));

        add(new FormLayout(clientId, creditCode), grid);
        setFlexGrow(1, grid);
    }

    private String clientIdFilter() {
        return clientId.getValue().isBlank() ? null : clientId.getValue().strip();
    }

    private String creditCodeFilter() {
        return creditCode.getValue().isBlank() ? null : creditCode.getValue().strip().toUpperCase(Locale.ROOT);
    }

    /** The first few codes, then how many more: a batch names up to 1,000. */
    private String codes(List<String> codes) {
        if (codes.size() <= CODES_SHOWN) {
            return String.join("、", codes);
        }
        return getTranslation("audit.partner.moreCodes", String.join("、", codes.subList(0, CODES_SHOWN)),
                              codes.size() - CODES_SHOWN);
    }
}
