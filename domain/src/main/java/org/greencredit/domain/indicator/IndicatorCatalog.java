package org.greencredit.domain.indicator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.greencredit.domain.actor.Role.ADMIN;
import static org.greencredit.domain.actor.Role.SYSTEM;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.actor.Actor;
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

/**
 * 指标体系目录: every version of one indicator system (e.g. {@code TZ-GREEN-CREDIT}) — drafted from a file or from a
 * previous version, replaced while a draft, published (immutable from then on, effective from a date), retired.
 * Only administrators change it; the system itself publishes the shipped default on an empty store.
 */
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class IndicatorCatalog {

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:.*$");

    @AggregateIdentifier
    private String system;
    private final Map<String, CatalogEntry> versions = new LinkedHashMap<>();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftIndicatorVersion command, Actor actor) {
        actor.requireRole(ADMIN, SYSTEM);
        requireNewVersion(command.version());
        IndicatorSystem definition = definition(command.definitionYaml(), command.system(), command.version());
        String json = IndicatorSystemJson.canonical(definition);
        apply(new IndicatorVersionDrafted(command.system(), command.version(), command.definitionYaml(), json,
                                          IndicatorSystemJson.sha256(json)));
    }

    @CommandHandler
    void handle(DraftIndicatorVersionFromPrevious command, Actor actor) {
        actor.requireRole(ADMIN);
        requireNewVersion(command.version());
        CatalogEntry basis = entry(command.basedOn());
        String yaml = VERSION_LINE.matcher(basis.definitionYaml())
                                  .replaceFirst("version: \"" + command.version() + "\"");
        IndicatorSystem definition = definition(yaml, system, command.version());
        String json = IndicatorSystemJson.canonical(definition);
        apply(new IndicatorVersionDrafted(system, command.version(), yaml, json, IndicatorSystemJson.sha256(json)));
    }

    @CommandHandler
    void handle(ReplaceDraftDefinition command, Actor actor) {
        actor.requireRole(ADMIN);
        requireStatus(entry(command.version()), VersionStatus.DRAFT);
        IndicatorSystem definition = definition(command.definitionYaml(), system, command.version());
        String json = IndicatorSystemJson.canonical(definition);
        apply(new DraftDefinitionReplaced(system, command.version(), command.definitionYaml(), json,
                                          IndicatorSystemJson.sha256(json)));
    }

    @CommandHandler
    void handle(PublishIndicatorVersion command, Actor actor) {
        actor.requireRole(ADMIN, SYSTEM);
        CatalogEntry entry = entry(command.version());
        requireStatus(entry, VersionStatus.DRAFT);
        if (command.effectiveFrom() == null) {
            throw new RuleViolation("date.required", "field.effectiveFrom");
        }
        versions.values().stream()
                .filter(other -> other.status() == VersionStatus.PUBLISHED
                        && command.effectiveFrom().equals(other.effectiveFrom()))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("indicator.effectiveDateTaken", command.effectiveFrom(), other.version());
                });
        apply(new IndicatorVersionPublished(system, command.version(), entry.versionHash(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(RetireIndicatorVersion command, Actor actor) {
        actor.requireRole(ADMIN);
        requireStatus(entry(command.version()), VersionStatus.PUBLISHED);
        if (command.retiredOn() == null) {
            throw new RuleViolation("date.required", "field.retiredOn");
        }
        apply(new IndicatorVersionRetired(system, command.version(), command.retiredOn()));
    }

    /** The versions a catalog's events describe, for readers of the event store outside a command. */
    public static List<CatalogEntry> fold(Iterable<?> payloads) {
        IndicatorCatalog catalog = new IndicatorCatalog();
        for (Object payload : payloads) {
            if (payload instanceof IndicatorVersionDrafted drafted) {
                catalog.on(drafted);
            } else if (payload instanceof DraftDefinitionReplaced replaced) {
                catalog.on(replaced);
            } else if (payload instanceof IndicatorVersionPublished published) {
                catalog.on(published);
            } else if (payload instanceof IndicatorVersionRetired retired) {
                catalog.on(retired);
            }
        }
        return catalog.versions();
    }

    /** Every version, in the order they were drafted. */
    public List<CatalogEntry> versions() {
        return List.copyOf(versions.values());
    }

    private IndicatorSystem definition(String yaml, String expectedSystem, String expectedVersion) {
        if (yaml == null || yaml.isBlank()) {
            throw new RuleViolation("indicator.definition.required");
        }
        IndicatorSystem definition;
        try {
            definition = IndicatorSystemParser.parse(yaml);
        } catch (InvalidIndicatorSystem invalid) {
            throw new RuleViolation("indicator.definition.invalid",
                                    invalid.problems().stream().map(DefinitionProblem::toString).toArray());
        }
        if (!definition.system().equals(expectedSystem)) {
            throw new RuleViolation("indicator.definition.otherSystem", definition.system(), expectedSystem);
        }
        if (!definition.version().equals(expectedVersion)) {
            throw new RuleViolation("indicator.definition.otherVersion", definition.version(), expectedVersion);
        }
        return definition;
    }

    private void requireNewVersion(String version) {
        if (version == null || version.isBlank()) {
            throw new RuleViolation("indicator.version.required");
        }
        if (versions.containsKey(version)) {
            throw new RuleViolation("indicator.version.exists", version);
        }
    }

    private CatalogEntry entry(String version) {
        CatalogEntry entry = versions.get(version);
        if (entry == null) {
            throw new RuleViolation("indicator.version.notFound", String.valueOf(version));
        }
        return entry;
    }

    private static void requireStatus(CatalogEntry entry, VersionStatus expected) {
        if (entry.status() != expected) {
            throw new RuleViolation("indicator.version.wrongStatus", entry.version(), entry.status(), expected);
        }
    }

    @EventSourcingHandler
    void on(IndicatorVersionDrafted event) {
        system = event.system();
        versions.put(event.version(), new CatalogEntry(event.version(), event.definitionYaml(), event.canonicalJson(),
                                                       event.versionHash(), VersionStatus.DRAFT, null));
    }

    @EventSourcingHandler
    void on(DraftDefinitionReplaced event) {
        versions.put(event.version(), new CatalogEntry(event.version(), event.definitionYaml(), event.canonicalJson(),
                                                       event.versionHash(), VersionStatus.DRAFT, null));
    }

    @EventSourcingHandler
    void on(IndicatorVersionPublished event) {
        versions.computeIfPresent(event.version(), (v, entry) -> entry.with(VersionStatus.PUBLISHED, event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(IndicatorVersionRetired event) {
        versions.computeIfPresent(event.version(), (v, entry) -> entry.with(VersionStatus.RETIRED, entry.effectiveFrom()));
    }
}
