package io.atumdesk.channel;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins add, list and switch their tenant's messaging accounts. Secrets go in sealed and never
 * come out: a view names which secrets are set, not their values.
 */
@Service
public class ChannelAccountAdministration {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** An account as admins see it; {@code hookPath} is the URL path to give the provider. */
  public record AccountView(
      Long id,
      String channel,
      String name,
      String hookPath,
      boolean enabled,
      Map<String, String> settings,
      Set<String> secretsSet) {}

  private final ChannelAccounts accounts;
  private final SealedSettings sealed;
  private final Clock clock;

  ChannelAccountAdministration(ChannelAccounts accounts, SealedSettings sealed, Clock clock) {
    this.accounts = accounts;
    this.sealed = sealed;
    this.clock = clock;
  }

  @Transactional
  public AccountView add(Actor actor, String channel, String name, Map<String, String> settings) {
    requireAdmin(actor);
    AccountFields fields = AccountFields.of(channel);
    if (fields == null) {
      throw new InvalidInputException("channel", "must be one of sms, slack, teams, telegram");
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidInputException("name", "must be given, at most 100 characters");
    }
    fields.check(settings);
    if (accounts.existsByChannelAndName(channel, name)) {
      throw new ConflictException(
          "A %s account named '%s' exists already; choose another name.".formatted(channel, name));
    }
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    ChannelAccount account =
        new ChannelAccount(
            channel,
            name,
            HexFormat.of().formatHex(key),
            sealed.seal(fields, settings),
            clock.instant());
    return view(accounts.save(account));
  }

  @Transactional(readOnly = true)
  public List<AccountView> list(Actor actor) {
    requireAdmin(actor);
    return accounts.findAllByOrderByChannelAscNameAsc().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public AccountView get(Actor actor, Long id) {
    return view(owned(actor, id));
  }

  /** New settings; a blank secret keeps the stored one, other blank settings are removed. */
  @Transactional
  public AccountView change(Actor actor, Long id, Map<String, String> settings) {
    ChannelAccount account = owned(actor, id);
    AccountFields fields = AccountFields.of(account.channel());
    Map<String, String> changed = fields.changed(sealed.open(account), settings);
    fields.check(changed);
    account.reseal(sealed.seal(fields, changed));
    return view(account);
  }

  @Transactional
  public AccountView enable(Actor actor, Long id, boolean enabled) {
    ChannelAccount account = owned(actor, id);
    account.enable(enabled);
    return view(account);
  }

  /** The settings each channel takes, required first, for forms. */
  public static List<String> settingsOf(String channel) {
    AccountFields fields = AccountFields.of(channel);
    return fields == null ? List.of() : fields.names();
  }

  /** Whether a channel's setting is a secret: write-only, never shown. */
  public static boolean isSecret(String channel, String setting) {
    AccountFields fields = AccountFields.of(channel);
    return fields != null && fields.secret.contains(setting);
  }

  private ChannelAccount owned(Actor actor, Long id) {
    requireAdmin(actor);
    return accounts
        .findById(id)
        .filter(account -> actor.tenantId().equals(account.tenantId()))
        .orElseThrow(() -> new NotFoundException("channel account", id));
  }

  private AccountView view(ChannelAccount account) {
    return new AccountView(
        account.id(),
        account.channel(),
        account.name(),
        "/api/v1/hooks/%s/%s".formatted(account.channel(), account.hookKey()),
        account.enabled(),
        sealed.visible(account),
        sealed.secretsSet(account));
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may manage channel accounts.");
    }
  }
}
