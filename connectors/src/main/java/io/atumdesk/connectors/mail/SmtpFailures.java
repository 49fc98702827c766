package io.atumdesk.connectors.mail;

import io.atumdesk.connectors.outbound.DeliveryException;
import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sorts SMTP failures: a 5xx reply (RFC 5321: permanent negative completion) anywhere in the chain
 * means trying again cannot help; everything else, a 4xx or no connection at all, may.
 */
final class SmtpFailures {

  private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)[ -]");

  private SmtpFailures() {}

  static <T> T rethrow(MessagingException failure) throws DeliveryException {
    int code = replyCode(failure);
    String reason = reason(failure);
    if (code >= 500 && code < 600) {
      throw DeliveryException.permanent("SMTP server refused it: " + reason, failure);
    }
    throw DeliveryException.temporary("Not sent, will try again: " + reason, failure);
  }

  static int replyCode(Exception failure) {
    Throwable current = failure;
    int found = -1;
    for (int depth = 0; current != null && depth < 10; depth++) {
      int code = codeOf(current);
      if (code >= 500) {
        return code;
      }
      found = Math.max(found, code);
      current =
          current instanceof MessagingException m && m.getNextException() != null
              ? m.getNextException()
              : current.getCause();
    }
    return found;
  }

  private static int codeOf(Throwable failure) {
    if (failure instanceof SMTPSendFailedException e) {
      return e.getReturnCode();
    }
    if (failure instanceof SMTPAddressFailedException e) {
      return e.getReturnCode();
    }
    if (failure instanceof SMTPSenderFailedException e) {
      return e.getReturnCode();
    }
    Matcher matcher = REPLY_CODE.matcher(String.valueOf(failure.getMessage()));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  private static String reason(Exception failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String own = String.valueOf(failure.getMessage()).strip();
    return root == failure ? own : own + " (" + root + ")";
  }
}
