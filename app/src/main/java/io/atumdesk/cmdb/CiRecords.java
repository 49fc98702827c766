package io.atumdesk.cmdb;

import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.people.PeopleDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks and writes items, for the API and the import alike; callers hold the transaction and have
 * checked the caller's role.
 */
@Component
class CiRecords {

  static final int MAX_NAME = 200;

  private final ConfigurationItems items;
  private final CiTypes types;
  private final CiKeys keys;
  private final PeopleDirectory people;
  private final Clock clock;

  CiRecords(
      ConfigurationItems items, CiTypes types, CiKeys keys, PeopleDirectory people, Clock clock) {
    this.items = items;
    this.types = types;
    this.keys = keys;
    this.people = people;
    this.clock = clock;
  }

  /**
   * @throws io.atumdesk.core.InvalidInputException naming each field to correct
   * @throws ConflictException if an item of that type and name exists
   */
  ConfigurationItem create(String tenantId, CiForm form) {
    CiType type = types.require(tenantId, form.type(), "type");
    List<FieldProblem> problems = new ArrayList<>();
    String name = name(form.name(), problems);
    String owner = owner(tenantId, form.owner(), problems);
    Map<String, Object> attributes = AttributeCheck.read(type, form.attributes(), problems);
    Problems.throwIfAny(problems);
    items
        .findByTenantIdAndTypeKeyAndName(tenantId, type.key(), name)
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "%s is a %s named '%s' already; change it instead."
                      .formatted(other.key(), type.key(), name));
            });
    var item =
        new ConfigurationItem(
            tenantId, keys.next(tenantId), type.key(), form.state(), clock.instant());
    item.describe(name, owner, form.criticality(), attributes, clock.instant());
    return items.saveAndFlush(item);
  }

  ConfigurationItem change(ConfigurationItem item, CiChanges changes) {
    CiType type = types.require(item.tenantId(), item.typeKey(), "type");
    List<FieldProblem> problems = new ArrayList<>();
    String name = changes.name() == null ? item.name() : name(changes.name(), problems);
    String owner =
        changes.owner() == null ? item.owner() : owner(item.tenantId(), changes.owner(), problems);
    Map<String, Object> merged = new LinkedHashMap<>(item.attributes());
    if (changes.attributes() != null) {
      changes.attributes().forEach((k, v) -> merged.put(k, v));
    }
    Map<String, Object> attributes = AttributeCheck.read(type, merged, problems);
    Problems.throwIfAny(problems);
    Criticality criticality =
        changes.criticality() == null ? item.criticality() : changes.criticality();
    if (item.describedAs(name, owner, criticality, attributes)) {
      return item;
    }
    item.describe(name, owner, criticality, attributes, clock.instant());
    return items.saveAndFlush(item);
  }

  /**
   * @throws ConflictException naming both states and where the item may go
   */
  ConfigurationItem transition(ConfigurationItem item, CiState target) {
    if (target == null) {
      throw new InvalidInputException(
          "state", "must be one of " + Arrays.toString(CiState.values()));
    }
    if (!item.state().mayMoveTo(target)) {
      throw new ConflictException(
          "%s cannot move from %s to %s; from %s it may move to %s."
              .formatted(
                  item.key(),
                  item.state().label(),
                  target.label(),
                  item.state().label(),
                  item.state().next().isEmpty()
                      ? "nothing (final state)"
                      : String.join(
                          ", ", item.state().next().stream().map(CiState::label).toList())));
    }
    item.moveTo(target, clock.instant());
    return items.saveAndFlush(item);
  }

  private static String name(String name, List<FieldProblem> problems) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      problems.add(new FieldProblem("name", "must be 1 to " + MAX_NAME + " characters"));
      return null;
    }
    return name.strip();
  }

  private String owner(String tenantId, String owner, List<FieldProblem> problems) {
    if (owner == null || owner.isBlank()) {
      return null;
    }
    String value = owner.strip();
    if (!people.groupExists(tenantId, value) && people.person(tenantId, value).isEmpty()) {
      problems.add(new FieldProblem("owner", "must be a group key or a username of this tenant"));
    }
    return value;
  }
}
