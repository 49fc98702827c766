package io.atumdesk.alert.web;

import io.atumdesk.alert.AlertSourceAdministration.SourceForm;
import io.atumdesk.alert.AlertSourceAdministration.SourceView;

/**
 * The page's alert source form; {@code recovery} is {@code "resolve"}, {@code "note"} or empty for
 * the installation's setting.
 */
record AlertSourcePageForm(String key, String type, String category, String recovery) {

  static final AlertSourcePageForm EMPTY = new AlertSourcePageForm("", "alertmanager", "", "");

  static AlertSourcePageForm of(SourceView source) {
    String recovery =
        source.resolveOnRecovery() == null ? "" : source.resolveOnRecovery() ? "resolve" : "note";
    return new AlertSourcePageForm(source.key(), source.type(), source.category(), recovery);
  }

  SourceForm source(Boolean enabled) {
    Boolean resolve =
        "resolve".equals(recovery) ? Boolean.TRUE : "note".equals(recovery) ? Boolean.FALSE : null;
    return new SourceForm(key, type, category, resolve, enabled);
  }
}
