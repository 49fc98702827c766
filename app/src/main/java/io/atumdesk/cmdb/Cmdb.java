package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's configuration items: agents find and read them, admins record and change them. */
@Service
public class Cmdb {

  public static final int MAX_PAGE_SIZE = 200;

  private final ConfigurationItems items;
  private final CiRecords records;

  Cmdb(ConfigurationItems items, CiRecords records) {
    this.items = items;
    this.records = records;
  }

  @Transactional(readOnly = true)
  public Page<ConfigurationItem> list(Actor actor, CiFilter filter, int page, int size) {
    CmdbAccess.requireReader(actor);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "size", "must be 1 to " + MAX_PAGE_SIZE + ", with a page of 0 or more");
    }
    String text =
        filter.text() == null || filter.text().isBlank()
            ? null
            : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    String type = filter.type() == null || filter.type().isBlank() ? null : filter.type();
    return items.search(
        actor.tenantId(),
        type,
        filter.state(),
        text,
        PageRequest.of(page, size, Sort.by("typeKey", "name")));
  }

  /** Whether the actor may create and change items, so that pages offer only what works. */
  public boolean mayChange(Actor actor) {
    return CmdbAccess.mayWrite(actor);
  }

  @Transactional(readOnly = true)
  public ConfigurationItem get(Actor actor, CiKey key) {
    CmdbAccess.requireReader(actor);
    return find(actor.tenantId(), key);
  }

  @Transactional
  public ConfigurationItem create(Actor actor, CiForm form) {
    CmdbAccess.requireWriter(actor);
    if (form == null) {
      throw new InvalidInputException("body", "must be a configuration item");
    }
    return records.create(actor.tenantId(), form);
  }

  /**
   * @throws ConflictException if the item changed since {@code changes.version()}
   */
  @Transactional
  public ConfigurationItem change(Actor actor, CiKey key, CiChanges changes) {
    CmdbAccess.requireWriter(actor);
    if (changes == null || changes.version() == null) {
      throw new InvalidInputException("version", "is required: send the version you changed");
    }
    return records.change(current(actor, key, changes.version()), changes);
  }

  /** Moves the item to another lifecycle state, if its current state allows that. */
  @Transactional
  public ConfigurationItem transition(Actor actor, CiKey key, CiState target, Long version) {
    CmdbAccess.requireWriter(actor);
    if (version == null) {
      throw new InvalidInputException("version", "is required: send the version you changed");
    }
    return records.transition(current(actor, key, version), target);
  }

  private ConfigurationItem current(Actor actor, CiKey key, long version) {
    ConfigurationItem item = find(actor.tenantId(), key);
    if (item.version() != version) {
      throw new ConflictException(
          "%s was changed by someone else (now version %d, you sent %d); reload it and apply your change again."
              .formatted(key, item.version(), version));
    }
    return item;
  }

  ConfigurationItem find(String tenantId, CiKey key) {
    return items
        .findByTenantIdAndKey(tenantId, key.value())
        .orElseThrow(() -> new NotFoundException("Configuration item", key));
  }
}
