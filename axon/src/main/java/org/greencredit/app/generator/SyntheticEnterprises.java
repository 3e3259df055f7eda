package org.greencredit.app.generator;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;

/**
 * Fictional enterprises of the district: valid credit codes of 通州区 ({@code 110112}) with their check characters,
 * a spread of the district's industries over its streets and towns, permit numbers that fit the management class.
 */
final class SyntheticEnterprises {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<Industry> INDUSTRIES = List.of(
            new Industry("C3670", "汽车零部件及配件制造"), new Industry("C2319", "包装装潢及其他印刷"),
            new Industry("C1419", "焙烤食品制造"), new Industry("C2720", "化学药品制剂制造"),
            new Industry("C2110", "木质家具制造"), new Industry("C3360", "金属表面处理及热处理加工"),
            new Industry("C3021", "水泥制品制造"), new Industry("D4620", "污水处理及其再生利用"),
            new Industry("I6450", "互联网数据服务"), new Industry("C2929", "塑料零件及其他塑料制品制造"),
            new Industry("C3982", "电子电路制造"), new Industry("C2641", "涂料制造"));
    private static final List<String> TRADE_NAMES = List.of(
            "华通", "运河", "京东方圆", "通达", "潞城", "新华", "恒盛", "瑞丰", "中科", "绿源", "永顺", "宏远", "嘉禾",
            "金桥", "博雅", "东方", "盛世", "鑫源", "天成", "长城", "景泰", "万通", "利华", "安泰");
    private static final List<String> SUFFIXES = List.of(
            "汽车配件", "印刷", "食品", "制药", "家具", "金属表面处理", "混凝土", "水务", "数据", "塑料制品", "电子",
            "涂料");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");

    private final Random random;
    private final Set<String> codes = new HashSet<>();

    SyntheticEnterprises(Random random) {
        this.random = random;
    }

    RegisterEnterprise next(int number) {
        String code = newCode();
        int kind = random.nextInt(INDUSTRIES.size());
        Subdistrict subdistrict = Subdistrict.values()[random.nextInt(Subdistrict.values().length)];
        ManagementClass managementClass = switch (random.nextInt(10)) {
            case 0, 1 -> ManagementClass.KEY;
            case 2, 3, 4, 5, 6 -> ManagementClass.SIMPLIFIED;
            default -> ManagementClass.REGISTRATION;
        };
        String name = "北京" + TRADE_NAMES.get(random.nextInt(TRADE_NAMES.size())) + SUFFIXES.get(kind)
                + (number % 3 == 0 ? "科技" : "") + "有限公司（" + number + "）";
        String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        EnterpriseProfile profile = new EnterpriseProfile(
                name, INDUSTRIES.get(kind), subdistrict, "北京市通州区" + (random.nextInt(300) + 1) + "号",
                code + String.format("%03d", 1 + random.nextInt(3)) + managementClass.permitKind(), managementClass,
                managementClass == ManagementClass.KEY, new Contact(SURNAMES.get(random.nextInt(SURNAMES.size()))
                                                                     + "工", phone));
        LocalDate established = LocalDate.of(1995 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new RegisterEnterprise(code, established, profile);
    }

    private String newCode() {
        while (true) {
            StringBuilder first17 = new StringBuilder("91110112");
            for (int i = 0; i < 9; i++) {
                first17.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String code = first17.toString() + CreditCode.checkCharacter(first17.toString());
            if (codes.add(code)) {
                return code;
            }
        }
    }
}
