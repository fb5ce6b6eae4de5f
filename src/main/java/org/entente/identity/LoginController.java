package org.entente.identity;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> flags, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        boolean failed = flags.containsKey("error");
        String notice = failed
                ? "login.failed"
                : flags.containsKey("expired")
                        ? "login.expired"
                        : flags.containsKey("signedOut") ? "login.signedOut" : null;
        model.addAttribute("notice", notice);
        model.addAttribute("failed", failed);
        return "identity/login";
    }
}
