package org.greencredit.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.greencredit.domain.common.RuleViolation;
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
}
