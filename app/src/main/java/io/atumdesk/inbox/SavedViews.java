package io.atumdesk.inbox;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.inbox.internal.StoredView;
import io.atumdesk.inbox.internal.StoredViews;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each agent's own saved views. Nobody sees or deletes another agent's views: those do not exist
 * for them. Saving under a name the agent already uses replaces that view.
 */
@Service
@Transactional
public class SavedViews {

  private static final int MAX_QUERY_LENGTH = 4000;

  private final StoredViews stored;
  private final JsonMapper json;
  private final Clock clock;

  SavedViews(StoredViews stored, JsonMapper json, Clock clock) {
    this.stored = stored;
    this.json = json;
    this.clock = clock;
  }

  /** How a saved view's query is kept: the sort as its API text. */
  record StoredQuery(InboxView view, InboxFilter filter, String sort) {}

  @Transactional(readOnly = true)
  public List<SavedView> list(Actor actor) {
    Inbox.requireInboxUser(actor);
    return stored.findByOwnerOrderByNameAsc(actor.username()).stream().map(this::of).toList();
  }

  public SavedView save(
      Actor actor, String name, InboxView view, InboxFilter filter, InboxSort sort) {
    Inbox.requireInboxUser(actor);
    if (name == null || name.isBlank() || name.trim().length() > 100) {
      throw new InvalidInputException("name", "must be 1 to 100 characters");
    }
    var query = new StoredQuery(view == null ? InboxView.ALL_OPEN : view, filter, sort.toString());
    String text = json.writeValueAsString(query);
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("filter", "is too long to save; shorten the search text");
    }
    var now = clock.instant();
    StoredView saved =
        stored
            .findByOwnerAndName(actor.username(), name.trim())
            .map(
                existing -> {
                  existing.replace(text, now);
                  return existing;
                })
            .orElseGet(() -> stored.save(new StoredView(actor.username(), name.trim(), text, now)));
    return of(saved);
  }

  public void delete(Actor actor, Long id) {
    Inbox.requireInboxUser(actor);
    stored.delete(
        stored
            .findByIdAndOwner(id, actor.username())
            .orElseThrow(() -> new NotFoundException("Saved view", id)));
  }

  private SavedView of(StoredView view) {
    StoredQuery query = json.readValue(view.query(), StoredQuery.class);
    return new SavedView(
        view.id(), view.name(), query.view(), query.filter(), InboxSort.parse(query.sort()));
  }
}
