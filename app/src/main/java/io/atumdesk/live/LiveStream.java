package io.atumdesk.live;

import io.atumdesk.core.Actor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open event stream: whose it is (as they were when it opened) and which ticket page, if any,
 * it follows.
 */
record LiveStream(long id, Actor actor, String ticket, SseEmitter emitter) {

  String tenantId() {
    return actor.tenantId();
  }
}
