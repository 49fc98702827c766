package io.atumdesk.core;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code atum.core.max-request-body} (default 1 MB) with 413, by
 * Content-Length up front and by counting for chunked bodies. Servlet containers limit only form
 * posts, so JSON needs this. Requests a module claims with a {@link RequestBodyAllowance} (uploads)
 * get that module's limit instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long defaultLimit;
  private final List<RequestBodyAllowance> allowances;
  private final ProblemWriter problems;

  RequestSizeLimit(
      CoreProperties properties, List<RequestBodyAllowance> allowances, ProblemWriter problems) {
    this.defaultLimit = properties.maxRequestBody().toBytes();
    this.allowances = List.copyOf(allowances);
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitFor(request);
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, limit);
      return;
    }
    try {
      chain.doFilter(new Limited(request, limit), response);
    } catch (BodyTooLargeException e) {
      if (!response.isCommitted()) {
        response.reset();
        refuse(request, response, limit);
      }
    }
  }

  /** The API answers problem+json; a page shows its error page, in the person's language. */
  private void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "Request too large", tooLarge(limit));
    } else {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }
  }

  private long limitFor(HttpServletRequest request) {
    return allowances.stream()
        .map(allowance -> allowance.limitFor(request))
        .filter(OptionalLong::isPresent)
        .mapToLong(OptionalLong::getAsLong)
        .findFirst()
        .orElse(defaultLimit);
  }

  private static String tooLarge(long limit) {
    DataSize size = DataSize.ofBytes(limit);
    String readable =
        size.toMegabytes() >= 10 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    return "The request body is larger than " + readable + ".";
  }

  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("request body over the limit");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long count;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
