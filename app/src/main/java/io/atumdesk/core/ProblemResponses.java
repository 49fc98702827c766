package io.atumdesk.core;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into RFC 9457 problem+json a person can act on. Field problems are listed
 * under {@code errors}; unexpected failures get a reference id in the log and nothing else. Pages
 * have their own error views ({@link PageErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail staleWrite(OptimisticLockingFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "Someone else changed this object at the same time; reload it and try again.");
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail concurrentWrite(DataIntegrityViolationException e) {
    log.warn("Write refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "This change collides with another one made at the same time; reload and try again.");
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  ProblemDetail forbidden(RuntimeException e) {
    String detail =
        e instanceof ForbiddenException ? e.getMessage() : "Your role does not allow this action.";
    return problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return withErrors(
        problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage()), e.problems());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail violations(ConstraintViolationException e) {
    List<InvalidInputException.FieldProblem> problems =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new InvalidInputException.FieldProblem(
                        v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    return withErrors(
        problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are not valid."),
        problems);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    // For a list parameter such as ?status=A,B the element type names the accepted values.
    Class<?> element =
        ResolvableType.forMethodParameter(e.getParameter()).asCollection().resolveGeneric(0);
    Class<?> type = element != null ? element : e.getRequiredType();
    String message =
        type != null && type.isEnum()
            ? "must be one of " + enumValues(type)
            : "has a value of the wrong type";
    return invalid(new InvalidInputException(e.getName(), message));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String reference = UUID.randomUUID().toString();
    log.error("Unexpected failure, reference {}", reference, e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "Something went wrong on our side. Quote reference "
            + reference
            + " to your administrator.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidInputException.FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new InvalidInputException.FieldProblem(f.getField(), f.getDefaultMessage()))
            .toList();
    String fields =
        String.join(
            ", ", problems.stream().map(InvalidInputException.FieldProblem::field).toList());
    ProblemDetail body =
        withErrors(
            problem(HttpStatus.BAD_REQUEST, "Invalid input", "Please correct: " + fields + "."),
            problems);
    return ResponseEntity.badRequest().body(body);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail body = unreadable(e.getMostSpecificCause());
    return ResponseEntity.badRequest().body(body);
  }

  /** Names the field and the accepted values where Jackson can tell, never echoes internals. */
  private ProblemDetail unreadable(Throwable cause) {
    if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
      return problem(
          HttpStatus.BAD_REQUEST, "Malformed request", "The request body is not valid JSON.");
    }
    String field = JsonPaths.of(jackson.getPath());
    String message = "has a value of the wrong type";
    if (cause instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
      message = "must be one of " + enumValues(format.getTargetType());
    } else if (cause instanceof UnrecognizedPropertyException) {
      message = "is not a known field";
    } else if (!(cause instanceof MismatchedInputException)) {
      message = "could not be read";
    }
    return withErrors(
        problem(HttpStatus.BAD_REQUEST, "Invalid input", "Field '" + field + "' " + message + "."),
        List.of(new InvalidInputException.FieldProblem(field, message)));
  }

  private static String enumValues(Class<?> type) {
    return String.join(
        ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private static ProblemDetail withErrors(
      ProblemDetail problem, List<InvalidInputException.FieldProblem> problems) {
    problem.setProperty("errors", problems);
    return problem;
  }
}
