package io.atumdesk.demo;

import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.macro.Macros;
import io.atumdesk.macro.ReplyTemplate.Visibility;
import io.atumdesk.macro.TemplateForm;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A few reply templates per demo tenant, stored through the real API, so their placeholders are
 * checked like an admin's. Seeded for a tenant that has none yet, also in an older demo database.
 */
@Component
class DemoTemplates {

  private static final List<TemplateForm> TEMPLATES =
      List.of(
          new TemplateForm(
              "Acknowledge",
              """
              Hello {{requester.firstName}},

              thank you for reporting "{{ticket.subject}}". We have it as {{ticket.key}} and are \
              looking into it now; you will hear from us as soon as we know more.

              Best regards,
              {{agent.name}}""",
              "en",
              Visibility.REPLY),
          new TemplateForm(
              "Need more information",
              """
              Hello {{requester.firstName}},

              to continue with {{ticket.key}} we need a little more from you: when did it last \
              work, what changed since, and the exact error message or a screenshot.

              Thank you,
              {{agent.firstName}}""",
              "en",
              Visibility.REPLY),
          new TemplateForm(
              "Handover",
              """
              Handing {{ticket.key}} ({{ticket.priority}}, {{ticket.status}}) over.
              Done so far:
              Next step:
              Requester {{requester.name}} knows / does not know.""",
              "en",
              Visibility.NOTE),
          new TemplateForm(
              "Eingangsbestätigung",
              """
              Hallo {{requester.firstName}},

              vielen Dank für Ihre Meldung „{{ticket.subject}}“. Wir bearbeiten sie unter \
              {{ticket.key}} und melden uns, sobald wir mehr wissen.

              Freundliche Grüße
              {{agent.name}}""",
              "de",
              Visibility.REPLY));

  private final Macros macros;

  DemoTemplates(Macros macros) {
    this.macros = macros;
  }

  void seedMissing() {
    for (String tenant : List.of("acme", "globex")) {
      Actor admin = Actor.system(tenant);
      TenantContext.runAs(
          tenant,
          () -> {
            if (macros.list(admin, null).isEmpty()) {
              TEMPLATES.forEach(template -> macros.create(admin, template));
            }
          });
    }
  }
}
