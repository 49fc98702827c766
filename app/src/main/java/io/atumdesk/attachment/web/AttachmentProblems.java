package io.atumdesk.attachment.web;

import io.atumdesk.attachment.AttachmentProperties;
import io.atumdesk.attachment.AttachmentTooLargeException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Uploads over the limit, whether our storage or the servlet container's multipart parsing noticed,
 * answer 413 with the same message. Ahead of the general problem responses, which would call them
 * unexpected.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

  private final long limit;

  AttachmentProblems(AttachmentProperties properties) {
    this.limit = properties.maxSize().toBytes();
  }

  @ExceptionHandler(AttachmentTooLargeException.class)
  ProblemDetail tooLarge(AttachmentTooLargeException e) {
    return problem(e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(new AttachmentTooLargeException(limit).getMessage());
  }

  private static ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
    problem.setTitle("Upload too large");
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
