package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import java.util.List;
import java.util.Optional;

/** One kind of model the studio edits as text, reached through the module that owns it. */
interface EditableModel {

  ModelKind kind();

  /** The version the tenant uses now and its text; empty when there is no such model. */
  Optional<Current> current(Actor actor, String key);

  /**
   * Refuses, with 400, a text that is not even well-formed (a draft may be unfinished, not that).
   */
  void requireWellFormed(String content);

  /** The problems of a text to be published as {@code key}, each at its place. */
  List<ModelEditing.Problem> check(Actor actor, String key, String content);

  /** Publishes the text as the tenant's next version; the caller checked it first. */
  int publish(Actor actor, String key, String content);

  /** A model's current version and text. */
  record Current(int version, String content) {}
}
