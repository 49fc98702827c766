package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CI types of a tenant: the built-in ones, then those its admins defined. */
@Service
public class CiTypes {

  private final CustomCiTypes custom;
  private final Clock clock;

  CiTypes(CustomCiTypes custom, Clock clock) {
    this.custom = custom;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CiType> list(Actor actor) {
    CmdbAccess.requireReader(actor);
    List<CiType> all = new ArrayList<>(BuiltInTypes.ALL);
    custom.findByTenantIdOrderByName(actor.tenantId()).forEach(t -> all.add(t.view()));
    return all;
  }

  @Transactional(readOnly = true)
  public CiType get(Actor actor, String key) {
    CmdbAccess.requireReader(actor);
    return find(actor.tenantId(), key).orElseThrow(() -> new NotFoundException("CI type", key));
  }

  /**
   * @throws ConflictException if the tenant has a type with that key
   */
  @Transactional
  public CiType create(Actor actor, CiTypeForm form) {
    CmdbAccess.requireWriter(actor);
    if (form == null) {
      throw new InvalidInputException("body", "must be a CI type");
    }
    form.check();
    if (find(actor.tenantId(), form.key()).isPresent()) {
      throw new ConflictException(
          "A CI type '%s' exists already; choose another key.".formatted(form.key()));
    }
    return custom
        .saveAndFlush(new CustomCiType(actor.tenantId(), form, actor.username(), clock.instant()))
        .view();
  }

  /** The type, or a problem for {@code field} naming the types there are. */
  CiType require(String tenantId, String key, String field) {
    return find(tenantId, key)
        .orElseThrow(() -> new InvalidInputException(field, "must be one of " + keys(tenantId)));
  }

  Optional<CiType> find(String tenantId, String key) {
    if (key == null) {
      return Optional.empty();
    }
    return BuiltInTypes.find(key)
        .or(() -> custom.findByTenantIdAndTypeKey(tenantId, key).map(CustomCiType::view));
  }

  private String keys(String tenantId) {
    List<String> keys = new ArrayList<>(BuiltInTypes.ALL.stream().map(CiType::key).toList());
    custom.findByTenantIdOrderByName(tenantId).forEach(t -> keys.add(t.view().key()));
    return String.join(", ", keys);
  }
}
