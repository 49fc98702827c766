package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.people.Person;
import org.springframework.stereotype.Component;

/** Refuses a save or publish based on an older revision of the draft, naming who saved since. */
@Component
class DraftConflicts {

  private final PeopleDirectory people;

  DraftConflicts(PeopleDirectory people) {
    this.people = people;
  }

  void requireLoaded(Actor actor, ProcessDraft draft, int loadedRevision) {
    requireLoaded(
        actor,
        new Saved(draft.processKey(), draft.revision(), draft.savedBy(), draft.savedAt()),
        loadedRevision);
  }

  /** The same for any model's draft: its key, revision and last save. */
  void requireLoaded(Actor actor, Saved draft, int loadedRevision) {
    if (draft.revision() == loadedRevision) {
      return;
    }
    if (draft.savedBy() == null) {
      throw new ConflictException(
          "The draft of '%s' you loaded (revision %d) was published since; reload it."
              .formatted(draft.modelKey(), loadedRevision));
    }
    String editor =
        people
            .person(actor.tenantId(), draft.savedBy())
            .map(Person::displayName)
            .orElse(draft.savedBy());
    throw new ConflictException(
        "%s (%s) saved the draft of '%s' at %s as revision %d after you loaded revision %d; reload it and apply your changes again."
            .formatted(
                editor,
                draft.savedBy(),
                draft.modelKey(),
                draft.savedAt(),
                draft.revision(),
                loadedRevision));
  }

  /** A draft's last save, whatever model it is of. */
  record Saved(String modelKey, int revision, String savedBy, java.time.Instant savedAt) {}
}
