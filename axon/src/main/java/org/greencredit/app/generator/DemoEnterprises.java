package org.greencredit.app.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;

/**
 * 试点批次: the 30 fictional enterprises of the demo district — the kinds of fixed pollution sources 通州区 has,
 * spread over its streets and towns — each with how it behaved in the two years of facts (the earlier year first).
 * The behaviour, not a written grade, decides where each ends up.
 */
final class DemoEnterprises {

    /** How an enterprise behaved in one year; {@link DemoFacts} turns it into facts. */
    enum Conduct {
        /** green practices and certifications on top of a clean record */
        EXEMPLARY,
        /** permit reports on time, taxes paid, nothing else */
        CLEAN,
        /** one minor violation, penalty exempted (first offence) */
        MINOR,
        /** one general violation with a fine, a few days of exceedance, a diagnosis finding rectified */
        GENERAL,
        /** one serious violation with a fine of 150,000 yuan */
        SERIOUS,
        /** many general problems: violations, a late permit report, complaints, a finding never rectified */
        NEGLIGENT,
        /** discharge evading supervision (a veto) */
        EVASIVE,
        /** several serious violations at once */
        DELINQUENT
    }

    /** One enterprise of the demo: what is registered, and its conduct in the earlier and the later year. */
    record DemoEnterprise(int number, RegisterEnterprise registration, Conduct earlier, Conduct later) {

        String creditCode() {
            return registration.creditCode();
        }

        String name() {
            return registration.profile().name();
        }
    }

    private record Row(String name, String industryCode, String industryName, Subdistrict subdistrict,
                       ManagementClass managementClass, String contact, Conduct earlier, Conduct later) {
    }

    private static final List<Row> ROWS = List.of(
            row("北京运河精工汽车零部件有限公司", "C3670", "汽车零部件及配件制造", Subdistrict.YONGLEDIAN, ManagementClass.KEY, "王建国", Conduct.EXEMPLARY, Conduct.EXEMPLARY),
            row("北京潞城绿源食品有限公司", "C1419", "焙烤食品制造", Subdistrict.LUCHENG, ManagementClass.SIMPLIFIED, "李秀兰", Conduct.EXEMPLARY, Conduct.EXEMPLARY),
            row("北京通州华康制药有限公司", "C2720", "化学药品制剂制造", Subdistrict.TAIHU, ManagementClass.KEY, "张志强", Conduct.EXEMPLARY, Conduct.EXEMPLARY),
            row("北京云端互联数据科技有限公司", "I6450", "互联网数据服务", Subdistrict.SONGZHUANG, ManagementClass.REGISTRATION, "刘洋", Conduct.CLEAN, Conduct.EXEMPLARY),
            row("北京金桥精密汽车配件有限公司", "C3670", "汽车零部件及配件制造", Subdistrict.MAJUQIAO, ManagementClass.SIMPLIFIED, "陈刚", Conduct.SERIOUS, Conduct.CLEAN),
            row("北京永顺彩印包装有限公司", "C2319", "包装装潢及其他印刷", Subdistrict.YONGSHUN, ManagementClass.SIMPLIFIED, "杨丽", Conduct.SERIOUS, Conduct.CLEAN),
            row("北京宋庄雅艺印刷有限公司", "C2319", "包装装潢及其他印刷", Subdistrict.SONGZHUANG, ManagementClass.REGISTRATION, "赵敏", Conduct.CLEAN, Conduct.CLEAN),
            row("北京漷县禾丰面业有限公司", "C1419", "焙烤食品制造", Subdistrict.HUOXIAN, ManagementClass.REGISTRATION, "黄海", Conduct.CLEAN, Conduct.CLEAN),
            row("北京台湖木艺家具有限公司", "C2110", "木质家具制造", Subdistrict.TAIHU, ManagementClass.SIMPLIFIED, "周磊", Conduct.MINOR, Conduct.CLEAN),
            row("北京张家湾建材混凝土有限公司", "C3021", "水泥制品制造", Subdistrict.ZHANGJIAWAN, ManagementClass.SIMPLIFIED, "吴强", Conduct.CLEAN, Conduct.CLEAN),
            row("北京西集碧水污水处理有限公司", "D4620", "污水处理及其再生利用", Subdistrict.XIJI, ManagementClass.KEY, "郑伟", Conduct.CLEAN, Conduct.CLEAN),
            row("北京于家务恒力塑料制品有限公司", "C2929", "塑料零件及其他塑料制品制造", Subdistrict.YUJIAWU, ManagementClass.REGISTRATION, "孙丽娟", Conduct.CLEAN, Conduct.CLEAN),
            row("北京梨园华星电子有限公司", "C3982", "电子电路制造", Subdistrict.LIYUAN, ManagementClass.SIMPLIFIED, "马俊", Conduct.MINOR, Conduct.CLEAN),
            row("北京马驹桥鑫达涂料有限公司", "C2641", "涂料制造", Subdistrict.MAJUQIAO, ManagementClass.KEY, "朱红", Conduct.GENERAL, Conduct.CLEAN),
            row("北京新华鸿运印务有限公司", "C2319", "包装装潢及其他印刷", Subdistrict.XINHUA, ManagementClass.REGISTRATION, "胡斌", Conduct.CLEAN, Conduct.MINOR),
            row("北京永乐店瑞丰食品有限公司", "C1419", "焙烤食品制造", Subdistrict.YONGLEDIAN, ManagementClass.SIMPLIFIED, "郭静", Conduct.MINOR, Conduct.MINOR),
            row("北京北苑嘉禾家具有限公司", "C2110", "木质家具制造", Subdistrict.BEIYUAN, ManagementClass.SIMPLIFIED, "何涛", Conduct.CLEAN, Conduct.MINOR),
            row("北京漷县盛世金属表面处理有限公司", "C3360", "金属表面处理及热处理加工", Subdistrict.HUOXIAN, ManagementClass.KEY, "林峰", Conduct.GENERAL, Conduct.MINOR),
            row("北京玉桥天成电子科技有限公司", "C3982", "电子电路制造", Subdistrict.YUQIAO, ManagementClass.REGISTRATION, "罗敏", Conduct.CLEAN, Conduct.MINOR),
            row("北京台湖长城混凝土有限公司", "C3021", "水泥制品制造", Subdistrict.TAIHU, ManagementClass.SIMPLIFIED, "高翔", Conduct.GENERAL, Conduct.GENERAL),
            row("北京张家湾博雅汽车配件有限公司", "C3670", "汽车零部件及配件制造", Subdistrict.ZHANGJIAWAN, ManagementClass.SIMPLIFIED, "梁晨", Conduct.MINOR, Conduct.GENERAL),
            row("北京宋庄利华家具有限公司", "C2110", "木质家具制造", Subdistrict.SONGZHUANG, ManagementClass.SIMPLIFIED, "宋佳", Conduct.CLEAN, Conduct.GENERAL),
            row("北京西集景泰制药有限公司", "C2720", "化学药品制剂制造", Subdistrict.XIJI, ManagementClass.KEY, "谢东", Conduct.GENERAL, Conduct.GENERAL),
            row("北京马驹桥宏远金属制品有限公司", "C3360", "金属表面处理及热处理加工", Subdistrict.MAJUQIAO, ManagementClass.KEY, "韩冰", Conduct.GENERAL, Conduct.SERIOUS),
            row("北京于家务万通塑胶有限公司", "C2929", "塑料零件及其他塑料制品制造", Subdistrict.YUJIAWU, ManagementClass.SIMPLIFIED, "唐亮", Conduct.GENERAL, Conduct.SERIOUS),
            row("北京潞城安泰污水处理有限公司", "D4620", "污水处理及其再生利用", Subdistrict.LUCHENG, ManagementClass.KEY, "冯雪", Conduct.SERIOUS, Conduct.SERIOUS),
            row("北京永顺东方涂料有限公司", "C2641", "涂料制造", Subdistrict.YONGSHUN, ManagementClass.KEY, "董鹏", Conduct.SERIOUS, Conduct.SERIOUS),
            row("北京张家湾通达混凝土有限公司", "C3021", "水泥制品制造", Subdistrict.ZHANGJIAWAN, ManagementClass.SIMPLIFIED, "萧然", Conduct.NEGLIGENT, Conduct.NEGLIGENT),
            row("北京漷县鑫源表面处理有限公司", "C3360", "金属表面处理及热处理加工", Subdistrict.HUOXIAN, ManagementClass.KEY, "程军", Conduct.GENERAL, Conduct.EVASIVE),
            row("北京西集恒盛化工涂料有限公司", "C2641", "涂料制造", Subdistrict.XIJI, ManagementClass.KEY, "曹阳", Conduct.SERIOUS, Conduct.DELINQUENT));

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private DemoEnterprises() {
    }

    static List<DemoEnterprise> all() {
        return IntStream.range(0, ROWS.size()).mapToObj(i -> enterprise(i + 1, ROWS.get(i))).toList();
    }

    /** The enterprise a demo enterprise user is bound to: graded C, in disclosure, no objection filed yet. */
    static final int DEMO_ENTERPRISE_USER = 25;
    /** Objects in the earlier cycle; the reviewer upholds it after the violation is revoked. */
    static final int UPHELD_OBJECTION = 6;
    /** Objects in the earlier cycle; the reviewer rejects it. */
    static final int REJECTED_OBJECTION = 26;
    /** Applies for credit repair after the earlier cycle; approved. */
    static final int REPAIRED = 5;
    /** Objects in the current cycle; the objection awaits review. */
    static final int PENDING_OBJECTION = 24;

    private static DemoEnterprise enterprise(int number, Row row) {
        String first17 = "91110112MA0" + code(number * 7_919 + 104_729, 6);
        String creditCode = first17 + CreditCode.checkCharacter(first17);
        ManagementClass managementClass = row.managementClass();
        EnterpriseProfile profile = new EnterpriseProfile(
                row.name(), new Industry(row.industryCode(), row.industryName()), row.subdistrict(),
                "北京市通州区" + DomainText.text(DomainText.CHINESE, "subdistrict." + row.subdistrict().name()) + (number * 13 % 200 + 1) + "号",
                creditCode + "001" + managementClass.permitKind(), managementClass,
                managementClass == ManagementClass.KEY,
                new Contact(row.contact(), "13" + (5 + number % 5) + String.format("%08d", number * 1_234_567 % 100_000_000)));
        LocalDate established = LocalDate.of(1998 + number % 20, 1 + number % 12, 1 + number % 27);
        return new DemoEnterprise(number, new RegisterEnterprise(creditCode, established, profile), row.earlier(),
                                  row.later());
    }

    private static String code(int value, int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(value % CODE_ALPHABET.length()));
            value /= CODE_ALPHABET.length();
        }
        return code.toString();
    }

    private static Row row(String name, String industryCode, String industryName, Subdistrict subdistrict,
                           ManagementClass managementClass, String contact, Conduct earlier, Conduct later) {
        return new Row(name, industryCode, industryName, subdistrict, managementClass, contact, earlier, later);
    }
}
