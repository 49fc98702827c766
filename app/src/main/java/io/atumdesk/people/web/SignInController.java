package io.atumdesk.people.web;

import io.atumdesk.people.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page, the front door that sends each person to their workspace, and my page. */
@Controller
class SignInController {

  @GetMapping("/login")
  String signIn() {
    return "login";
  }

  @GetMapping("/")
  String home(@ModelAttribute("me") CurrentUser me) {
    return "redirect:" + me.home();
  }

  /** Who I am and where I may work; the start page of roles without a workspace yet. */
  @GetMapping("/me")
  String me() {
    return "me";
  }
}
