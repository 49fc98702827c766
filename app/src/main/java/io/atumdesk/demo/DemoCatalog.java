package io.atumdesk.demo;

import io.atumdesk.catalog.CatalogAdministration;
import io.atumdesk.catalog.ItemForm;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The four catalog items every demo tenant offers, stored through the real API when the tenant has
 * none: a laptop (the manager approves), software access (access: the manager), onboarding (the
 * manager; IT, facilities and HR at once) and a password reset (a standard change, no approval).
 */
@Component
class DemoCatalog {

  private final CatalogAdministration catalog;

  DemoCatalog(CatalogAdministration catalog) {
    this.catalog = catalog;
  }

  void seedMissing() {
    for (String tenant : new String[] {"acme", "globex"}) {
      Actor admin = Actor.system(tenant);
      TenantContext.runAs(
          tenant,
          () -> {
            if (!catalog.all(admin).isEmpty()) {
              return;
            }
            item(
                admin,
                "New laptop",
                "hardware",
                "A laptop with our standard image, set up and"
                    + " encrypted, handed over by IT support.",
                "order-laptop",
                "fulfil-laptop",
                "1500");
            item(
                admin,
                "Software access",
                "access",
                "Access to a business application at the" + " level you need.",
                "order-software",
                "fulfil-software",
                null);
            item(
                admin,
                "New employee onboarding",
                "onboarding",
                "Everything a new colleague needs"
                    + " on day one: accounts, equipment, a desk and the paperwork.",
                "order-onboarding",
                "fulfil-onboarding",
                "2000");
            item(
                admin,
                "Password reset",
                "account",
                "A new password for an account you cannot" + " sign in to any more. Pre-approved.",
                "order-password-reset",
                "fulfil-password-reset",
                "0");
          });
    }
  }

  private void item(
      Actor admin,
      String name,
      String category,
      String description,
      String form,
      String process,
      String cost) {
    catalog.create(
        admin,
        new ItemForm(
            name,
            category,
            description,
            form,
            process,
            cost == null ? null : new BigDecimal(cost),
            null,
            true));
  }
}
