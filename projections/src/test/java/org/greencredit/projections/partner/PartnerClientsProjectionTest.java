package org.greencredit.projections.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.partner.api.PartnerClientRegistered;
import org.greencredit.domain.partner.api.PartnerClientRevoked;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PartnerClientsProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-12T02:00:00Z");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new PartnerClientsProjection(mongo.database()));
    }

    private void history() {
        harness.publish("PartnerClient", "pc-bank", new PartnerClientRegistered(
                "pc-bank", "通州农商银行", "绿色金融部", List.of(PartnerScope.LOOKUP, PartnerScope.BATCH),
                LocalDate.of(2027, 1, 31), HASH, 30, LocalDate.of(2026, 5, 12), "admin"), AT, MetaData.emptyInstance());
        harness.publish("PartnerClient", "pc-bank", new PartnerClientRevoked("pc-bank", LocalDate.of(2026, 6, 1),
                                                                             "admin"), AT, MetaData.emptyInstance());
    }

    @Test
    void aClientIsUsableUntilItExpiresOrIsRevoked() {
        history();

        PartnerClientSummary client = harness.query(new FindPartnerClient("pc-bank"), PartnerClientSummary.class);
        assertThat(client.scopes()).containsExactly(PartnerScope.LOOKUP, PartnerScope.BATCH);
        assertThat(client.requestsPerMinute()).isEqualTo(30);
        assertThat(client.revokedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(client.usableOn(LocalDate.of(2026, 5, 31))).isFalse();
        PartnerClientSummary unrevoked = new PartnerClientSummary("pc", "o", null, List.of(PartnerScope.LOOKUP),
                                                            LocalDate.of(2027, 1, 31), HASH, null, null, null, null);
        assertThat(unrevoked.usableOn(LocalDate.of(2027, 1, 31))).isTrue();
        assertThat(unrevoked.usableOn(LocalDate.of(2027, 2, 1))).isFalse();
        assertThat(harness.query(new FindPartnerClient("pc-none"), PartnerClientSummary.class)).isNull();
    }

    @Test
    void deliveringEventsAgainKeepsTheRevocation() {
        history();
        harness.published().forEach(harness::redeliver);

        assertThat(harness.query(new FindPartnerClients(), PartnerClientList.class).clients())
                .singleElement().extracting(PartnerClientSummary::revokedOn).isEqualTo(LocalDate.of(2026, 6, 1));
        harness.reset();
        assertThat(harness.query(new FindPartnerClients(), PartnerClientList.class).clients()).isEmpty();
    }

    @Test
    void aCrashBetweenWritesConverges() {
        history();
        new CrashBetweenWrites(mongo, PartnerClientsProjection::new).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        history();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, PartnerClientsProjection::new);
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
