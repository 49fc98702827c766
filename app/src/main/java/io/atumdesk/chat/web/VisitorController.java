package io.atumdesk.chat.web;

import io.atumdesk.chat.ChatRateLimited;
import io.atumdesk.chat.ChatState;
import io.atumdesk.chat.MessageView;
import io.atumdesk.chat.OfflineMessages;
import io.atumdesk.chat.StartChat;
import io.atumdesk.chat.Started;
import io.atumdesk.chat.VisitorChats;
import io.atumdesk.chat.VisitorUnauthorized;
import io.atumdesk.chat.WidgetInfo;
import io.atumdesk.core.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The widget's endpoints, called from the customer's site: public, each chat authenticated by its
 * bearer token, its event stream by a short-lived signed ticket.
 */
@RestController
@RequestMapping(VisitorController.BASE + "/{widget}")
@Tag(name = "Web chat widget")
class VisitorController {

  static final String BASE = "/chat";

  private final VisitorChats chats;
  private final OfflineMessages offline;

  VisitorController(VisitorChats chats, OfflineMessages offline) {
    this.chats = chats;
    this.offline = offline;
  }

  @ModelAttribute
  void admit(HttpServletRequest request) {
    chats.admit(request.getRemoteAddr());
  }

  @GetMapping
  @Operation(summary = "The widget's name, greeting, and whether an agent is online")
  WidgetInfo widget(@PathVariable String widget) {
    return chats.widget(widget);
  }

  @PostMapping("/conversations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Start a chat; the answer's token authenticates every further call")
  Started start(@PathVariable String widget, @RequestBody StartChat start) {
    return chats.start(widget, start);
  }

  @PostMapping("/offline-messages")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Leave a message while no agent is online: raises a ticket")
  Map<String, String> leaveMessage(@PathVariable String widget, @RequestBody StartChat message) {
    return Map.of("ticket", offline.leave(widget, message));
  }

  @GetMapping("/conversations/{id}")
  @Operation(summary = "The chat as it stands, for a visitor who comes back")
  ChatState state(
      @PathVariable String widget,
      @PathVariable String id,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    return chats.state(widget, id, bearer(authorization));
  }

  @PostMapping("/conversations/{id}/messages")
  @ResponseStatus(HttpStatus.CREATED)
  MessageView write(
      @PathVariable String widget,
      @PathVariable String id,
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestBody TextForm text) {
    return chats.write(widget, id, bearer(authorization), text.text());
  }

  @PostMapping("/conversations/{id}/typing")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void typing(
      @PathVariable String widget,
      @PathVariable String id,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    chats.typing(widget, id, bearer(authorization));
  }

  @PostMapping("/conversations/{id}/files")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Send a file (multipart, part 'file'); checked like every attachment")
  MessageView upload(
      @PathVariable String widget,
      @PathVariable String id,
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    String token = bearer(authorization);
    if (file == null) {
      throw new InvalidInputException("file", "must be sent as a multipart part named 'file'");
    }
    return chats.upload(widget, id, token, file.getOriginalFilename(), bytes(file));
  }

  @GetMapping("/conversations/{id}/files/{fileId}")
  ResponseEntity<byte[]> download(
      @PathVariable String widget,
      @PathVariable String id,
      @PathVariable long fileId,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    return Downloads.of(chats.file(widget, id, bearer(authorization), fileId));
  }

  @PostMapping("/conversations/{id}/leave")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void leave(
      @PathVariable String widget,
      @PathVariable String id,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    chats.leave(widget, id, bearer(authorization));
  }

  @PostMapping("/conversations/{id}/stream-tickets")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "A signed ticket, valid for a minute, to open the chat's event stream")
  Map<String, String> streamTicket(
      @PathVariable String widget,
      @PathVariable String id,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    return Map.of("ticket", chats.streamTicket(widget, id, bearer(authorization)));
  }

  @GetMapping(path = "/conversations/{id}/events", produces = "text/event-stream")
  @Operation(summary = "text/event-stream of message, typing, agent-joined, converted and closed")
  SseEmitter events(
      @PathVariable String widget, @PathVariable String id, @RequestParam String ticket) {
    return chats.stream(widget, id, ticket);
  }

  @ExceptionHandler(VisitorUnauthorized.class)
  ResponseEntity<ProblemDetail> unauthorized(VisitorUnauthorized e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    problem.setTitle("Unauthorized");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header("WWW-Authenticate", "Bearer realm=\"ATUM DESK chat\"")
        .body(problem);
  }

  @ExceptionHandler(ChatRateLimited.class)
  ResponseEntity<ProblemDetail> tooMany(ChatRateLimited e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    problem.setTitle("Too many requests");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .body(problem);
  }

  private static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new VisitorUnauthorized(
          "This chat needs its token as 'Authorization: Bearer'; start a new chat if it is lost.");
    }
    return authorization.substring(7).trim();
  }

  static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a chat line. */
  record TextForm(String text) {}
}
