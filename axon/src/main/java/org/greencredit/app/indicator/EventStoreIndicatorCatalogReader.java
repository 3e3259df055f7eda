package org.greencredit.app.indicator;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorCatalog;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.springframework.stereotype.Component;

/**
 * The indicator catalog for the views, folded from the catalog's own events when asked, so a version drafted or
 * published a moment ago shows at once, on any node.
 */
@Component
public class EventStoreIndicatorCatalogReader implements IndicatorCatalogReader {

    private final EventStore eventStore;

    public EventStoreIndicatorCatalogReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public String system() {
        return DefaultIndicatorSystem.SYSTEM;
    }

    @Override
    public List<CatalogEntry> versions() {
        return IndicatorCatalog.fold(WholeStream.of(eventStore, system()).asStream()
                                               .<Object>map(DomainEventMessage::getPayload).toList());
    }
}
