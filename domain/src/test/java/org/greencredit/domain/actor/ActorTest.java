package org.greencredit.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactSource;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void travelsThroughMetaDataAndBack() {
        Actor enterprise = Actor.enterprise("contact-wang", "91110000600037341L");

        assertThat(Actor.fromMetaData(enterprise.asMetaData())).isEqualTo(enterprise);
    }

    @Test
    void refusesMissingOrUnknownRoles() {
        assertThatThrownBy(() -> Actor.fromMetaData(Map.of(Actor.ID, "someone")))
                .isInstanceOf(RuleViolation.class).hasMessage("actor.missing");
        assertThatThrownBy(() -> Actor.fromMetaData(Map.of(Actor.ID, "someone", Actor.ROLE, "JANITOR")))
                .isInstanceOf(RuleViolation.class).hasMessage("actor.unknownRole [JANITOR]");
    }

    @Test
    void aSourceSystemTravelsWithItsSource() {
        Actor monitoring = Actor.sourceSystem("online-monitoring", FactSource.MONITORING);

        assertThat(monitoring.asMetaData()).containsEntry(Actor.SOURCE, "MONITORING")
                                           .containsEntry(Actor.ROLE, "SOURCE_SYSTEM");
        assertThat(Actor.fromMetaData(monitoring.asMetaData())).isEqualTo(monitoring);
        assertThat(Actor.officer("officer-li", "执法大队").asMetaData()).doesNotContainKey(Actor.SOURCE);
    }

    @Test
    void refusesAnUnknownSource() {
        assertThatThrownBy(() -> Actor.fromMetaData(Map.of(Actor.ID, "x", Actor.ROLE, "SOURCE_SYSTEM",
                                                           Actor.SOURCE, "RUMOUR")))
                .isInstanceOf(RuleViolation.class).hasMessage("actor.unknownSource [RUMOUR]");
    }
}
