package io.atumdesk.contact.web;

import io.atumdesk.contact.ContactDirectory;
import io.atumdesk.core.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The contact page in the workspace: who someone is on every channel, and their tickets. */
@Controller
class ContactPageController {

  private final ContactDirectory contacts;

  ContactPageController(ContactDirectory contacts) {
    this.contacts = contacts;
  }

  @GetMapping("/contacts/{id}")
  String page(Actor actor, @PathVariable Long id, Model model) {
    model.addAttribute("contact", contacts.get(actor, id));
    return "contact";
  }
}
