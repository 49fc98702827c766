package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.Role;
import org.springframework.stereotype.Component;

/** Who may use the studio (process designers and admins), and how large a model may be. */
@Component
class StudioAccess {

  private final StudioProperties properties;

  StudioAccess(StudioProperties properties) {
    this.properties = properties;
  }

  void require(Actor actor) {
    if (!actor.has(Role.PROCESS_DESIGNER) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only process designers and admins may use the studio.");
    }
  }

  /** Refuses a model over the size limit before anything parses it. */
  void requireModelSize(byte[] xml) {
    if (xml == null || xml.length == 0) {
      throw new InvalidInputException("xml", "is empty; send the BPMN XML of the model");
    }
    long limit = properties.maxModelSize().toBytes();
    if (xml.length > limit) {
      throw new InvalidInputException(
          "xml",
          "is %d KB; a model may be at most %d KB".formatted(xml.length / 1024, limit / 1024));
    }
  }
}
