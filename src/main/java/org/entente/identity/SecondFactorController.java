package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in, and enrolling an authenticator app. */
@Controller
class SecondFactorController {

    static final String CHECK = "/login/second-factor";
    static final String SETUP = "/account/second-factor";

    /** Set at sign-in while the second factor is still owed; nothing else is reachable meanwhile. */
    static final String PENDING = SecondFactorController.class.getName() + ".pending";

    /** The secret being enrolled, until its first code is confirmed. */
    private static final String NEW_SECRET = SecondFactorController.class.getName() + ".newSecret";

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping(CHECK)
    String check(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!secondFactor.enrolled(user.accountId())) {
            return "redirect:" + SETUP;
        }
        model.addAttribute("error", null);
        return "identity/second-factor";
    }

    @PostMapping(CHECK)
    String verify(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (request.getSession().getAttribute(PENDING) == null) {
            return "redirect:/";
        }
        switch (secondFactor.verify(user, code)) {
            case ACCEPTED -> {
                request.getSession().removeAttribute(PENDING);
                return "redirect:/";
            }
            case LOCKED -> {
                request.getSession().invalidate();
                SecurityContextHolder.clearContext();
                return "redirect:/login?error";
            }
            default -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("error", "secondFactor.wrong");
                return "identity/second-factor";
            }
        }
    }

    @GetMapping(SETUP)
    String setup(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
        model.addAttribute("enrolled", secondFactor.enrolled(user.accountId()));
        model.addAttribute("pending", session.getAttribute(PENDING) != null);
        model.addAttribute("enrollment", newEnrollment(user, session));
        model.addAttribute("recoveryCodes", null);
        model.addAttribute("error", null);
        return "identity/second-factor-setup";
    }

    @PostMapping(SETUP)
    String confirm(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String code,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        var codes = secondFactor.confirm(user, (byte[]) session.getAttribute(NEW_SECRET), code);
        model.addAttribute("pending", false);
        if (codes.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("enrolled", false);
            model.addAttribute("pending", session.getAttribute(PENDING) != null);
            model.addAttribute("enrollment", newEnrollment(user, session));
            model.addAttribute("recoveryCodes", null);
            model.addAttribute("error", "secondFactor.wrongFirstCode");
            return "identity/second-factor-setup";
        }
        session.removeAttribute(PENDING);
        session.removeAttribute(NEW_SECRET);
        model.addAttribute("enrolled", true);
        model.addAttribute("enrollment", null);
        model.addAttribute("recoveryCodes", codes.get());
        model.addAttribute("error", null);
        return "identity/second-factor-setup";
    }

    private SecondFactorEnrollment newEnrollment(SignedInUser user, HttpSession session) {
        byte[] secret = secondFactor.newSecret();
        session.setAttribute(NEW_SECRET, secret);
        return secondFactor.enrollment(user, secret);
    }
}
