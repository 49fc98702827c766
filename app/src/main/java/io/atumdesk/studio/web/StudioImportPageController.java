package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.studio.StudioTransfer;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import form on /studio: the outcome, or why nothing was imported, shown on the list. */
@Controller
class StudioImportPageController {

  private final StudioTransfer transfer;

  StudioImportPageController(StudioTransfer transfer) {
    this.transfer = transfer;
  }

  @PostMapping("/studio/import")
  String importZip(
      Actor actor, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash)
      throws IOException {
    try {
      var imported = transfer.importZip(actor, StudioTransferController.bytes(file));
      flash.addFlashAttribute("flash", "studio.imported");
      flash.addFlashAttribute(
          "flashArgs", new Object[] {imported.deployed().size(), imported.unchanged().size()});
    } catch (InvalidInputException refused) {
      flash.addFlashAttribute("importError", refused.getMessage());
    }
    return "redirect:/studio";
  }
}
