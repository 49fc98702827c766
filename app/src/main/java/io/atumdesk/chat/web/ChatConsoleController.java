package io.atumdesk.chat.web;

import io.atumdesk.attachment.AttachmentTooLargeException;
import io.atumdesk.chat.AgentChats;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The agents' chat console: waiting and active chats on the left (reloaded live), one chat on the
 * right with its lines, the reply box and the actions. One template, with fragments for htmx.
 */
@Controller
@RequestMapping("/chats")
class ChatConsoleController {

  private final AgentChats chats;

  ChatConsoleController(AgentChats chats) {
    this.chats = chats;
  }

  @GetMapping
  String console(Actor actor, Model model) {
    model.addAttribute("chats", chats.open(actor));
    return "chats";
  }

  @GetMapping("/{id}")
  String chat(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("chats", chats.open(actor));
    model.addAttribute("chat", chats.get(actor, id));
    return "chats";
  }

  @GetMapping("/list")
  String list(Actor actor, @RequestParam(required = false) String current, Model model) {
    model.addAttribute("chats", chats.open(actor));
    model.addAttribute("current", current);
    return "chats :: list";
  }

  @GetMapping("/{id}/messages")
  String messages(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("chat", chats.get(actor, id));
    return "chats :: messages";
  }

  @PostMapping("/{id}/messages")
  String reply(Actor actor, @PathVariable String id, @RequestParam String text, Model model) {
    chats.reply(actor, id, text);
    return messages(actor, id, model);
  }

  @PostMapping("/{id}/files")
  String upload(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model) {
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInputException("file", "choose a file first");
      }
      chats.upload(actor, id, file.getOriginalFilename(), VisitorController.bytes(file));
    } catch (InvalidInputException | AttachmentTooLargeException e) {
      model.addAttribute("fileError", e.getMessage());
    }
    return messages(actor, id, model);
  }

  @PostMapping("/{id}/typing")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void typing(Actor actor, @PathVariable String id) {
    chats.typing(actor, id);
  }

  @PostMapping("/{id}/take")
  String take(Actor actor, @PathVariable String id) {
    chats.take(actor, id);
    return "redirect:/chats/" + id;
  }

  @PostMapping("/{id}/convert")
  String convert(Actor actor, @PathVariable String id, @RequestParam TicketType type) {
    chats.convert(actor, id, type);
    return "redirect:/chats/" + id;
  }

  @PostMapping("/{id}/close")
  String close(Actor actor, @PathVariable String id) {
    chats.close(actor, id);
    return "redirect:/chats";
  }

  @GetMapping("/{id}/files/{fileId}")
  @ResponseBody
  ResponseEntity<byte[]> download(Actor actor, @PathVariable String id, @PathVariable long fileId) {
    return Downloads.of(chats.file(actor, id, fileId));
  }

  @GetMapping(path = "/events", produces = "text/event-stream")
  @ResponseBody
  SseEmitter events(Actor actor) {
    return chats.stream(actor);
  }
}
