package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.security.SignedInActor;

/** 本企业信用档案: the menu entry of an enterprise user, which opens the credit file of the code it is bound to. */
@Route(value = "my-file", layout = MainLayout.class)
@Menu(title = "nav.myFile", order = 5)
@RolesAllowed("ENTERPRISE")
public class MyCreditFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SignedInActor signedIn;

    public MyCreditFileView(SignedInActor signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(EnterpriseCreditFileView.class,
                        new RouteParameters(EnterpriseCreditFileView.CREDIT_CODE, signedIn.user().creditCode()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myFile");
    }
}
