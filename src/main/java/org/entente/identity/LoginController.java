package org.entente.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String expired,
            @RequestParam(required = false) String signedOut,
            Model model) {
        if (user != null) {
            return "redirect:/";
        }
        boolean failed = error != null;
        String notice = failed
                ? "login.failed"
                : expired != null ? "login.expired" : signedOut != null ? "login.signedOut" : null;
        model.addAttribute("notice", notice);
        model.addAttribute("failed", failed);
        return "identity/login";
    }
}
