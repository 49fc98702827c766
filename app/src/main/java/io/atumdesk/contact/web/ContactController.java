package io.atumdesk.contact.web;

import io.atumdesk.contact.ContactDirectory;
import io.atumdesk.contact.ContactDirectory.Profile;
import io.atumdesk.contact.ContactDirectory.Summary;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts for agents and admins: search, one contact across channels, merging two. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactController {

  private final ContactDirectory contacts;

  ContactController(ContactDirectory contacts) {
    this.contacts = contacts;
  }

  @GetMapping
  @Operation(summary = "Contacts whose name, account or identity contains the text (50 at most)")
  List<Summary> search(Actor actor, @RequestParam(name = "q", required = false) String text) {
    return contacts.search(actor, text);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A contact with its identities and tickets across channels")
  Profile get(Actor actor, @PathVariable Long id) {
    return contacts.get(actor, id);
  }

  @PostMapping("/{id}/merge")
  @Operation(summary = "Moves another contact's identities and tickets to this one")
  Profile merge(Actor actor, @PathVariable Long id, @Valid @RequestBody MergeForm form) {
    return contacts.merge(actor, id, form.duplicate());
  }

  record MergeForm(@NotNull Long duplicate) {}
}
