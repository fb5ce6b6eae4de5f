package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.entente.shared.Markings;
import org.entente.shared.PersonNames;
import org.entente.shared.Translator;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Viewer} in every page's model. */
@ControllerAdvice
class ViewerAdvice {

    private final Translator messages;
    private final Markings markings;
    private final PersonNames people;
    private final ResourceUrlProvider assets;
    private final OwnName ownName;

    ViewerAdvice(
            Translator messages, Markings markings, PersonNames people, ResourceUrlProvider assets, OwnName ownName) {
        this.messages = messages;
        this.markings = markings;
        this.people = people;
        this.assets = assets;
        this.ownName = ownName;
    }

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user =
                authentication != null && authentication.getPrincipal() instanceof SignedInUser u ? u : null;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        Viewer viewer = new Viewer(
                        RequestContextUtils.getLocale(request),
                        user,
                        messages,
                        (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                        path,
                        markings,
                        people)
                .withAssets(assets::getForLookupPath);
        return user == null ? viewer : viewer.withOwnName(() -> ownName.of(user, request.getSession(false)));
    }
}
