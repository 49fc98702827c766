package io.atumdesk.workspace.web;

import io.atumdesk.core.AdminSection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's landing page: every module's admin page, in their order. */
@Controller
class AdminPageController {

  private final List<AdminSection> sections;

  AdminPageController(List<AdminSection> sections) {
    this.sections = sections.stream().sorted(Comparator.comparingInt(AdminSection::order)).toList();
  }

  @GetMapping("/admin")
  String page(Model model) {
    model.addAttribute("sections", sections);
    return "admin";
  }
}
