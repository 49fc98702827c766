package io.atumdesk.alert;

import io.atumdesk.connectors.alert.AlertFormat;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of monitoring alerts.
 *
 * @param resolveOnRecovery whether a {@code resolved} alert resolves its incident (true) or is only
 *     noted on its timeline (false); a source may decide otherwise
 * @param signatureWindow how far a signed request's timestamp may lie from now
 * @param sources senders to add as alert sources on start, each at {@code POST
 *     /api/v1/hooks/alerts/{id}}, when no source of that id exists yet; admins manage them after
 */
@ConfigurationProperties(prefix = "atum.alerts")
public record AlertProperties(
    @DefaultValue("true") boolean resolveOnRecovery,
    @DefaultValue("PT5M") Duration signatureWindow,
    @DefaultValue List<Source> sources) {

  /**
   * One sender of alerts.
   *
   * @param tenant the tenant its incidents are raised in
   * @param type the payload format it sends
   * @param secret sent as {@code Authorization: Bearer}, or the key of a generic source's signature
   * @param category the category its incidents get (routing may use it), or null
   * @param resolveOnRecovery overrides the setting of the same name for this source, or null
   */
  public record Source(
      String id,
      String tenant,
      AlertFormat type,
      String secret,
      String category,
      Boolean resolveOnRecovery) {

    public Source {
      if (id == null || tenant == null || type == null || secret == null || secret.length() < 16) {
        throw new IllegalArgumentException(
            "every atum.alerts.sources entry needs an id, a tenant, a type and a secret of 16 or"
                + " more characters");
      }
    }
  }

  boolean resolvesOnRecovery(KnownSource source) {
    return source.resolveOnRecovery() == null ? resolveOnRecovery : source.resolveOnRecovery();
  }
}
