package io.atumdesk.connectors.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.connectors.outbound.DeliveryException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTests {

  @Test
  void aRejectedRecipientIsPermanent() throws Exception {
    var rejected =
        new SMTPAddressFailedException(
            new InternetAddress("nobody@example.org"),
            "RCPT TO:<nobody@example.org>",
            550,
            "550 5.1.1 No such user");
    var failure = new SendFailedException("Invalid Addresses", rejected);

    assertThat(outcome(failure).permanent()).isTrue();
    assertThat(outcome(failure).getMessage()).contains("refused").contains("No such user");
  }

  @Test
  void aGreylistingAnswerIsTriedAgain() {
    var greylisted =
        new SMTPSendFailedException(
            "DATA", 451, "451 4.7.1 Try again later", null, null, null, new Address[0]);

    assertThat(outcome(greylisted).permanent()).isFalse();
  }

  @Test
  void noConnectionIsTriedAgain() {
    var down =
        new MessagingException(
            "Couldn't connect to host", new ConnectException("Connection refused"));

    DeliveryException outcome = outcome(down);
    assertThat(outcome.permanent()).isFalse();
    assertThat(outcome.getMessage()).contains("will try again").contains("Connection refused");
  }

  @Test
  void aRefusedSignInWithA5xxAnswerIsPermanent() {
    assertThat(
            outcome(new AuthenticationFailedException("535 5.7.8 Credentials invalid")).permanent())
        .isTrue();
  }

  private static DeliveryException outcome(MessagingException failure) {
    var thrown = assertThatThrownBy(() -> SmtpFailures.rethrow(failure));
    thrown.isInstanceOf(DeliveryException.class);
    try {
      SmtpFailures.rethrow(failure);
      throw new AssertionError("not thrown");
    } catch (DeliveryException e) {
      return e;
    }
  }
}
