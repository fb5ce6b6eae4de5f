package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.shared.Markings;
import org.entente.shared.PersonNames;
import org.entente.shared.Translator;
import org.entente.shared.UnreadCount;
import org.entente.shared.WithThePage;
import org.entente.shared.web.Fragment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
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
    private final ObjectProvider<UnreadCount> unread;

    /**
     * The bell's source, asked of the bean factory once: {@code getIfAvailable} resolved the
     * dependency anew on every page, about a twentieth of a results page's CPU (search33).
     */
    private volatile Optional<UnreadCount> unreadSource;

    /** Static assets' fingerprinted URLs by path: a handful, the same for the jar's life. */
    private final Map<String, String> assetUrls = new ConcurrentHashMap<>();

    ViewerAdvice(
            Translator messages,
            Markings markings,
            PersonNames people,
            ResourceUrlProvider assets,
            OwnName ownName,
            ObjectProvider<UnreadCount> unread) {
        this.messages = messages;
        this.markings = markings;
        this.people = people;
        this.assets = assets;
        this.ownName = ownName;
        this.unread = unread;
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
                .withAssets(this::asset);
        if (user == null) {
            return viewer;
        }
        if (withBell(request)) {
            UnreadCount count = unreadCount();
            if (count != null) {
                WithThePage.ask(UnreadCount.WITH_THE_PAGE, () -> count.of(user));
            }
        }
        return viewer.withOwnName(() -> ownName.of(user, request.getSession(false)))
                .withUnread(() -> unread(user));
    }

    private UnreadCount unreadCount() {
        Optional<UnreadCount> source = unreadSource;
        if (source == null) {
            source = java.util.Optional.ofNullable(unread.getIfAvailable());
            unreadSource = source;
        }
        return source.orElse(null);
    }

    /** A static asset's URL under its content fingerprint, found once per path (ResourceUrlProvider). */
    private String asset(String path) {
        String url = assetUrls.get(path);
        if (url == null) {
            url = assets.getForLookupPath(path);
            if (url != null) {
                assetUrls.put(path, url);
            }
        }
        return url;
    }

    /**
     * Whether the request is for a page, whose navigation shows the bell: read, not a fragment htmx
     * swaps in, answered by a view that is not a {@link Fragment} (the API, a PDF or a spreadsheet
     * writes its answer itself). Its count is then read in the page's own first read-only transaction.
     */
    private static boolean withBell(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && handler.getReturnType().getParameterType() == String.class
                && !handler.hasMethodAnnotation(ResponseBody.class)
                && !handler.getBeanType().isAnnotationPresent(RestController.class)
                && !handler.hasMethodAnnotation(Fragment.class);
    }

    /**
     * The bell's count: as the page's first read-only transaction read it, else in a read of its own
     * while the page is written (one index-only count, no second request); empty when there is no bell or the database does not answer now: the page
     * still shows, and its bell asks for the count itself.
     */
    private OptionalInt unread(SignedInUser user) {
        var answered = WithThePage.answer(UnreadCount.WITH_THE_PAGE);
        if (answered.isPresent()) {
            return OptionalInt.of((Integer) answered.get());
        }
        UnreadCount count = unreadCount();
        if (count == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(count.of(user));
        } catch (DataAccessException | TransactionException notNow) {
            return OptionalInt.empty();
        }
    }
}
