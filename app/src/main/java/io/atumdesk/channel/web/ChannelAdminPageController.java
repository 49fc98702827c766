package io.atumdesk.channel.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admins' page of messaging channels: each account with the webhook path to give its provider,
 * and the payloads that could not be handled, with why; adding and changing accounts is {@link
 * ChannelAccountPageController}'s.
 */
@Controller
class ChannelAdminPageController {

  private final ChannelsPage page;

  ChannelAdminPageController(ChannelsPage page) {
    this.page = page;
  }

  @Bean
  static AdminSection messagingChannelsSection() {
    return new AdminSection("channels", "channels", 30);
  }

  @GetMapping("/admin/channels")
  String page(Actor actor, Model model) {
    return page.render(actor, model);
  }
}
