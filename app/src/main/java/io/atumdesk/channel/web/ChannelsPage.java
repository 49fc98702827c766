package io.atumdesk.channel.web;

import io.atumdesk.channel.ChannelAccountAdministration;
import io.atumdesk.channel.MessagingRejections;
import io.atumdesk.core.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The messaging channels page, for every handler that answers with it: the accounts, what was not
 * handled, and one add-form per channel with its settings (a failed one keeps what was typed,
 * secrets excepted, and its problems).
 */
@Component
class ChannelsPage {

  static final List<String> CHANNELS = List.of("sms", "slack", "teams", "telegram");

  private final ChannelAccountAdministration accounts;
  private final MessagingRejections rejections;

  ChannelsPage(ChannelAccountAdministration accounts, MessagingRejections rejections) {
    this.accounts = accounts;
    this.rejections = rejections;
  }

  String render(Actor actor, Model model) {
    model.addAttribute("accounts", accounts.list(actor));
    model.addAttribute("rejected", rejections.latest(actor));
    model.addAttribute("settingsByChannel", settingsByChannel());
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
      model.addAttribute("errors", Map.of());
      model.addAttribute("failedChannel", "");
    }
    return "admin-channels";
  }

  static Map<String, List<Setting>> settingsByChannel() {
    Map<String, List<Setting>> all = new LinkedHashMap<>();
    CHANNELS.forEach(channel -> all.put(channel, settingsOf(channel)));
    return all;
  }

  static List<Setting> settingsOf(String channel) {
    return ChannelAccountAdministration.settingsOf(channel).stream()
        .map(name -> new Setting(name, ChannelAccountAdministration.isSecret(channel, name)))
        .toList();
  }

  /** One setting of a channel's account; a secret one is a password field, never filled in. */
  record Setting(String name, boolean secret) {}
}
