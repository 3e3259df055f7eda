package org.greencredit.app.generator;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.inspector.api.DeclareRecusal;
import org.greencredit.domain.inspector.api.RegisterInspector;

/**
 * The demo district's 执法人员名录: eight officers in three squads of the 执法大队, one of them linked to the demo
 * user {@value #DEMO_USERNAME} and recused from the demo enterprise, so the draw has someone to leave out.
 */
public final class DemoInspectors {

    public static final String DEMO_USERNAME = "demo-inspector";
    private static final String FIRST_SQUAD = "区生态环境局执法大队一中队";
    private static final String SECOND_SQUAD = "区生态环境局执法大队二中队";
    private static final String THIRD_SQUAD = "区生态环境局执法大队三中队";
    private static final List<RegisterInspector> OFFICERS = List.of(
            new RegisterInspector("demo-inspector-01", "张建国", FIRST_SQUAD, "TZHB-2019-0101", DEMO_USERNAME),
            new RegisterInspector("demo-inspector-02", "李秀英", FIRST_SQUAD, "TZHB-2019-0102", null),
            new RegisterInspector("demo-inspector-03", "王志强", FIRST_SQUAD, "TZHB-2020-0103", null),
            new RegisterInspector("demo-inspector-04", "刘海燕", SECOND_SQUAD, "TZHB-2018-0201", null),
            new RegisterInspector("demo-inspector-05", "陈磊", SECOND_SQUAD, "TZHB-2021-0202", null),
            new RegisterInspector("demo-inspector-06", "赵丽", SECOND_SQUAD, "TZHB-2022-0203", null),
            new RegisterInspector("demo-inspector-07", "孙伟", THIRD_SQUAD, "TZHB-2017-0301", null),
            new RegisterInspector("demo-inspector-08", "周敏", THIRD_SQUAD, "TZHB-2023-0302", null));

    private DemoInspectors() {
    }

    public static void seed(CommandGateway commands, Actor administrator, String recusedCreditCode) {
        OFFICERS.forEach(officer -> send(commands, officer, administrator));
        send(commands, new DeclareRecusal(OFFICERS.get(0).inspectorId(), recusedCreditCode,
                                          "近亲属在该企业担任环保负责人"), administrator);
    }

    private static void send(CommandGateway commands, Object command, Actor administrator) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(administrator.asMetaData()));
    }
}
