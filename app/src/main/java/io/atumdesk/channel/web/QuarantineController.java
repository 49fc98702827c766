package io.atumdesk.channel.web;

import io.atumdesk.channel.Quarantine;
import io.atumdesk.core.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins see the mail that could not be read, with the reason and the source. */
@RestController
@RequestMapping("/api/v1/mail/quarantine")
class QuarantineController {

  private final Quarantine quarantine;

  QuarantineController(Quarantine quarantine) {
    this.quarantine = quarantine;
  }

  @GetMapping
  List<Quarantine.Entry> list(Actor actor) {
    return quarantine.list(actor);
  }
}
