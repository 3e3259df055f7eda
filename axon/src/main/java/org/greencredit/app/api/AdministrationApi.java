package org.greencredit.app.api;

import java.util.List;
import org.greencredit.app.admin.ProjectionProgress;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.app.security.ApiUser;
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.RequestBody;
import org.greencredit.domain.actor.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration and audit over HTTP: user provisioning, each projection's progress, rebuilding one or all of them,
 * and verifying
 * the stored decisions against the event store (all of them, or one enterprise's).
 */
@RestController
public class AdministrationApi {

    private final ProjectionRebuilds rebuilds;
    private final DecisionVerifier verifier;
    private final UserAccounts accounts;

    public AdministrationApi(ProjectionRebuilds rebuilds, DecisionVerifier verifier, UserAccounts accounts) {
        this.rebuilds = rebuilds;
        this.verifier = verifier;
        this.accounts = accounts;
    }

    @GetMapping("/api/admin/projections")
    public List<ProjectionProgress> projections() {
        return rebuilds.progress();
    }

    @PostMapping("/api/admin/projections/{projection}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionProgress rebuild(@PathVariable String projection, Authentication authentication) {
        rebuilds.rebuild(projection, ApiUser.actor(authentication));
        return rebuilds.progress(projection);
    }

    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public List<ProjectionProgress> rebuildAll(Authentication authentication) {
        rebuilds.rebuildAll(ApiUser.actor(authentication));
        return rebuilds.progress();
    }

    @GetMapping("/api/audit/decision-verification")
    public VerificationReport verify(@RequestParam(required = false) String creditCode,
                                     Authentication authentication) {
        ApiUser.actor(authentication).requireRole(Role.ADMIN, Role.AUDITOR);
        return creditCode == null || creditCode.isBlank() ? verifier.verifyAll() : verifier.verify(creditCode);
    }

    /** Provisions a user account (e.g. an integration user for another system); the password is stored hashed. */
    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserAccount createUser(@RequestBody NewUserAccount account, Authentication authentication) {
        return accounts.create(account, ApiUser.actor(authentication));
    }
}
