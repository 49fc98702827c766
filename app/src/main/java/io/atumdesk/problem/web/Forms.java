package io.atumdesk.problem.web;

import io.atumdesk.problem.RaiseProblem;

/** Defaults for requests that arrive without a body. */
final class Forms {

  static final RaiseProblem EMPTY_RAISE = new RaiseProblem(null, null, null, null, null, null);

  private Forms() {}
}
