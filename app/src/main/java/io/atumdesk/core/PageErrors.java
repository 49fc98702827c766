package io.atumdesk.core;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Known failures in page controllers become the error page with their status and sentence; anything
 * else reaches Spring Boot's error page, which shows the status alone (never a stack trace).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return page(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException e) {
    return page(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
  ModelAndView conflict(RuntimeException e) {
    return page(HttpStatus.CONFLICT, null);
  }

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private static ModelAndView page(HttpStatus status, String detail) {
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("detail", detail);
    return page;
  }
}
