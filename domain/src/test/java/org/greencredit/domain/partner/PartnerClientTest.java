package org.greencredit.domain.partner;

import static org.greencredit.domain.support.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.partner.api.PartnerClientRegistered;
import org.greencredit.domain.partner.api.PartnerClientRevoked;
import org.greencredit.domain.partner.api.RegisterPartnerClient;
import org.greencredit.domain.partner.api.RevokePartnerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner API client's life: created by an administrator, revoked once; every refusal stores nothing. */
class PartnerClientTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String ID = "pc-bank-tongzhou";
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Map<String, Object> ADMIN = new Actor("admin-wang", Role.ADMIN, "信息中心", null).asMetaData();
    private static final Map<String, Object> OFFICER = Actor.officer("officer-zhang", "执法大队").asMetaData();
    private static final Map<String, Object> PARTNER = new Actor("bank", Role.PARTNER, "银行", null).asMetaData();

    private FixtureConfiguration<PartnerClient> fixture;

    @BeforeEach
    void setUp() {
        fixture = fresh();
    }

    private static FixtureConfiguration<PartnerClient> fresh() {
        FixtureConfiguration<PartnerClient> fresh = new AggregateTestFixture<>(PartnerClient.class);
        fresh.registerInjectableResource(CLOCK);
        return fresh;
    }

    private static RegisterPartnerClient register(Set<PartnerScope> scopes, LocalDate expiresOn, Integer rate) {
        return new RegisterPartnerClient(ID, " 通州农商银行 ", "绿色金融部", scopes, expiresOn, HASH, rate);
    }

    private static PartnerClientRegistered registered() {
        return new PartnerClientRegistered(ID, "通州农商银行", "绿色金融部",
                                           List.of(PartnerScope.LOOKUP, PartnerScope.CHANGES),
                                           LocalDate.of(2027, 3, 1), HASH, null, TODAY, "admin-wang");
    }

    @Test
    void anAdministratorCreatesAClientWithSortedScopes() {
        fixture.givenNoPriorActivity()
               .when(register(EnumSet.of(PartnerScope.CHANGES, PartnerScope.LOOKUP), LocalDate.of(2027, 3, 1), null),
                     ADMIN)
               .expectSuccessfulHandlerExecution().expectEvents(registered());
    }

    @Test
    void aClientMayExpireTodayAndHaveItsOwnRate() {
        fixture.givenNoPriorActivity().when(register(Set.of(PartnerScope.BATCH), TODAY, 30), ADMIN)
               .expectEvents(new PartnerClientRegistered(ID, "通州农商银行", "绿色金融部", List.of(PartnerScope.BATCH),
                                                         TODAY, HASH, 30, TODAY, "admin-wang"));
    }

    @Test
    void anAdministratorRevokesAClientOnce() {
        fixture.given(registered()).when(new RevokePartnerClient(ID), ADMIN)
               .expectEvents(new PartnerClientRevoked(ID, TODAY, "admin-wang"));
        refused(fixture.given(registered(), new PartnerClientRevoked(ID, TODAY, "admin-wang")),
                new RevokePartnerClient(ID), ADMIN, "partnerClient.alreadyRevoked [" + ID + "]");
    }

    @Test
    void refusesADuplicateClient() {
        refused(fixture.given(registered()), register(Set.of(PartnerScope.LOOKUP), LocalDate.of(2027, 1, 1), null),
                ADMIN, "partnerClient.alreadyRegistered [" + ID + "]");
    }

    @Test
    void refusesAnExpiryInThePastOrMissing() {
        refused(fixture.givenNoPriorActivity(), register(Set.of(PartnerScope.LOOKUP), TODAY.minusDays(1), null),
                ADMIN, "partnerClient.expiry.past [2026-02-28, 2026-03-01]");
        refused(fixture.givenNoPriorActivity(), register(Set.of(PartnerScope.LOOKUP), null, null), ADMIN,
                "partnerClient.expiry.required");
    }

    @Test
    void refusesEveryoneButAnAdministrator() {
        refused(fixture.givenNoPriorActivity(), register(Set.of(PartnerScope.LOOKUP), TODAY, null), OFFICER,
                "actor.notPermitted [OFFICER]");
        refused(fixture.givenNoPriorActivity(), register(Set.of(PartnerScope.LOOKUP), TODAY, null), PARTNER,
                "actor.notPermitted [PARTNER]");
        refused(fixture.given(registered()), new RevokePartnerClient(ID), OFFICER, "actor.notPermitted [OFFICER]");
    }

    @Test
    void refusesMalformedClients() {
        refused(fresh().givenNoPriorActivity(),
                new RegisterPartnerClient("Bank:1", "银行", null, Set.of(PartnerScope.LOOKUP), TODAY, HASH, null), ADMIN,
                "partnerClient.id.invalid [Bank:1]");
        refused(fixture.givenNoPriorActivity(),
                new RegisterPartnerClient(ID, " ", null, Set.of(PartnerScope.LOOKUP), TODAY, HASH, null), ADMIN,
                "partnerClient.organisation.required");
        refused(fixture.givenNoPriorActivity(),
                new RegisterPartnerClient(ID, "银".repeat(101), null, Set.of(PartnerScope.LOOKUP), TODAY, HASH, null),
                ADMIN, "partnerClient.name.tooLong [100]");
        refused(fixture.givenNoPriorActivity(), register(Set.of(), TODAY, null), ADMIN,
                "partnerClient.scopes.required");
        refused(fixture.givenNoPriorActivity(),
                new RegisterPartnerClient(ID, "银行", null, Set.of(PartnerScope.LOOKUP), TODAY, "secret", null), ADMIN,
                "partnerClient.secret.invalid");
        refused(fixture.givenNoPriorActivity(), register(Set.of(PartnerScope.LOOKUP), TODAY, 0), ADMIN,
                "partnerClient.rate.invalid [0, 100000]");
    }
}
