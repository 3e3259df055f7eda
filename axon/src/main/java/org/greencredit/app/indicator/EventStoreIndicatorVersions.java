package org.greencredit.app.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.IndicatorCatalog;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.VersionStatus;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * Indicator system versions as the catalog's own events define them, read from the event store when asked, so a
 * version published a moment ago is found at once, on any node. A version's content never changes once drafted
 * under a hash, so the engine built for a hash is kept.
 */
public class EventStoreIndicatorVersions implements IndicatorVersions {

    private final EventStore eventStore;
    private final Map<String, ScoringEngine> enginesByHash = new ConcurrentHashMap<>();
    /** Engines of drafts, apart, so that a draft's engine can never answer {@link #version}. */
    private final Map<String, ScoringEngine> trialEnginesByHash = new ConcurrentHashMap<>();

    public EventStoreIndicatorVersions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ScoringEngine> published(String system, String version) {
        if (system == null || version == null) {
            return Optional.empty();
        }
        return catalog(system).stream()
                              .filter(entry -> entry.version().equals(version)
                                      && entry.status() == VersionStatus.PUBLISHED)
                              .findFirst().map(this::engine);
    }

    @Override
    public Optional<ScoringEngine> version(String system, String versionHash) {
        if (system == null || versionHash == null) {
            return Optional.empty();
        }
        ScoringEngine known = enginesByHash.get(versionHash);
        if (known != null && known.system().system().equals(system)) {
            return Optional.of(known);
        }
        return catalog(system).stream().filter(entry -> entry.versionHash().equals(versionHash)
                && entry.status() != VersionStatus.DRAFT).findFirst().map(this::engine);
    }

    @Override
    public Optional<ScoringEngine> forTrial(String system, String versionHash) {
        if (system == null || versionHash == null) {
            return Optional.empty();
        }
        ScoringEngine known = trialEnginesByHash.get(versionHash);
        if (known != null && known.system().system().equals(system)) {
            return Optional.of(known);
        }
        return catalog(system).stream().filter(entry -> entry.versionHash().equals(versionHash)).findFirst()
                              .map(entry -> trialEnginesByHash.computeIfAbsent(
                                      entry.versionHash(),
                                      hash -> ScoringEngine.of(IndicatorSystemJson.read(entry.canonicalJson()))));
    }

    private List<CatalogEntry> catalog(String system) {
        List<Object> payloads = WholeStream.of(eventStore, system).asStream()
                                          .<Object>map(DomainEventMessage::getPayload).toList();
        return IndicatorCatalog.fold(payloads);
    }

    private ScoringEngine engine(CatalogEntry entry) {
        return enginesByHash.computeIfAbsent(entry.versionHash(),
                                             hash -> ScoringEngine.of(IndicatorSystemJson.read(entry.canonicalJson())));
    }
}
