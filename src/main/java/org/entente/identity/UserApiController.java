package org.entente.identity;

import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The accounts an administrator manages (api.md {@code users}): their own nation's, and no other. */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserApiController {

    static final String PATH = "/api/v1/users";

    private final Administration administration;

    UserApiController(Administration administration) {
        this.administration = administration;
    }

    /** The administrator's nation's accounts by username. */
    @GetMapping(PATH)
    ListJson<AccountSummary> list(
            @AuthenticationPrincipal SignedInUser administrator,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return ListJson.of(administration.accountsOf(administrator), Paging.of(page, size), a -> a);
    }
}
