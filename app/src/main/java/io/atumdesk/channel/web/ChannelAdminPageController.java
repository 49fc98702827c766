package io.atumdesk.channel.web;

import io.atumdesk.channel.ChannelAccountAdministration;
import io.atumdesk.channel.MessagingRejections;
import io.atumdesk.core.Actor;
import io.atumdesk.core.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admins' page of messaging channels: each account with the webhook path to give its provider,
 * and the payloads that could not be handled, with why.
 */
@Controller
class ChannelAdminPageController {

  private final ChannelAccountAdministration accounts;
  private final MessagingRejections rejections;

  ChannelAdminPageController(
      ChannelAccountAdministration accounts, MessagingRejections rejections) {
    this.accounts = accounts;
    this.rejections = rejections;
  }

  @Bean
  static AdminSection messagingChannelsSection() {
    return new AdminSection("channels", "channels", 30);
  }

  @GetMapping("/admin/channels")
  String page(Actor actor, Model model) {
    model.addAttribute("accounts", accounts.list(actor));
    model.addAttribute("rejected", rejections.latest(actor));
    return "admin-channels";
  }
}
