package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.greencredit.projections.directory.EnterpriseListing;

/** 企业基本信息: the profile the directory holds, with the supervision tier the grade in force gives. */
class ProfileSection extends FlexLayout {

    ProfileSection(EnterpriseListing enterprise) {
        setId("creditfile-profile");
        addClassName("creditfile-profile");
        setFlexWrap(FlexWrap.WRAP);
        item("enterprise.creditCode", enterprise.creditCode());
        item("enterprise.subdistrict", enterprise.subdistrict() == null ? "—"
                : getTranslation("subdistrict." + enterprise.subdistrict()));
        item("enterprise.industryName", enterprise.industryName() == null ? "—"
                : enterprise.industryName() + "（" + enterprise.industryCode() + "）");
        item("enterprise.managementClass", enterprise.managementClass() == null ? "—"
                : getTranslation("managementClass." + enterprise.managementClass()));
        item("enterprise.keyPolluter", getTranslation(enterprise.keyPolluter() ? "fact.value.yes" : "fact.value.no"));
        item("creditfile.scope", getTranslation(enterprise.inScope() ? "creditfile.scope.in" : "creditfile.scope.left"));
        item("creditfile.tier", getTranslation("creditfile.tier." + enterprise.tier()));
    }

    private void item(String labelKey, String value) {
        Div item = new Div(new Span(getTranslation(labelKey)), new Span(value));
        item.addClassName("creditfile-profile-item");
        add(item);
    }
}
