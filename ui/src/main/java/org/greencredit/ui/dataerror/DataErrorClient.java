package org.greencredit.ui.dataerror;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.FactLabel;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.dataerror.DataErrorReportList;
import org.greencredit.projections.dataerror.DataErrorReportSummary;
import org.greencredit.projections.dataerror.FindDataErrorReportsOf;
import org.greencredit.projections.dataerror.FindOpenDataErrorReports;
import org.springframework.stereotype.Component;

/** Reads data error reports and the facts they may be about, and watches the officer's queue change. */
@Component
public class DataErrorClient {

    private static final List<String> COUNTING = List.of("COUNTED", "CHANGED");

    private final QueryGateway queryGateway;

    public DataErrorClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Every entry of a credit file, facts and declared items. */
    public List<CreditFileEntry> entries(String creditCode) {
        return queryGateway.query(new FindCreditFileEntries(creditCode), CreditFileEntries.class).join().entries();
    }

    /** The recorded facts of a credit file that count: the ones a report may be about. */
    public List<CreditFileEntry> reportableFacts(String creditCode) {
        return entries(creditCode).stream()
                                  .filter(entry -> "FACT".equals(entry.entry()) && COUNTING.contains(entry.status()))
                                  .toList();
    }

    public List<DataErrorReportSummary> reportsOf(String creditCode) {
        return queryGateway.query(new FindDataErrorReportsOf(creditCode), DataErrorReportList.class).join().reports();
    }

    public List<DataErrorReportSummary> openReports() {
        return queryGateway.query(new FindOpenDataErrorReports(), DataErrorReportList.class).join().reports();
    }

    /** Each report of the queue that changes from now on; the caller must close the result. */
    public SubscriptionQueryResult<DataErrorReportList, DataErrorReportSummary> watchOpenReports() {
        return queryGateway.subscriptionQuery(new FindOpenDataErrorReports(),
                                              ResponseTypes.instanceOf(DataErrorReportList.class),
                                              ResponseTypes.instanceOf(DataErrorReportSummary.class));
    }

    /** A fact named as the credit file names it: type, identifying attribute, date. */
    public static String label(String type, LocalDate occurredOn, Map<String, Object> attributes, Locale locale) {
        return FactLabel.of(new ResolvedFact("", FactType.valueOf(type), occurredOn, FactAttributes.of(attributes)),
                            DomainText.supported(locale));
    }

    public static String label(CreditFileEntry entry, Locale locale) {
        return label(entry.type(), entry.occurredOn(), entry.attributes(), locale);
    }

    public static String label(DataErrorReportSummary report, Locale locale) {
        return label(report.factType(), report.factOccurredOn(), report.factAttributes(), locale);
    }
}
