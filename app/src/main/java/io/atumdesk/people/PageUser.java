package io.atumdesk.people;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person as {@code me} (null on the sign-in page). */
@ControllerAdvice(annotations = Controller.class)
class PageUser {

  @ModelAttribute("me")
  CurrentUser me() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        ? user.currentUser()
        : null;
  }
}
