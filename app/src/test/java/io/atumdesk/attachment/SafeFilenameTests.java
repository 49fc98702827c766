package io.atumdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFilenameTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "report.pdf -> report.pdf",
        "../../etc/passwd -> passwd",
        "C:\\Users\\ann\\Desktop\\scan.png -> scan.png",
        "a<b>c:d\"e|f?g*h.txt -> a_b_c_d_e_f_g_h.txt",
        ".bashrc -> bashrc",
        "notes.txt. .  -> notes.txt",
        "CON -> _CON",
        "con.txt -> _con.txt",
        "Lpt1.log -> _Lpt1.log",
        "console.txt -> console.txt",
        "Bericht über Ärger €.txt -> Bericht über Ärger €.txt",
        ".. -> attachment",
        "../ -> attachment",
      })
  void keepsOnlyASafeLastPathSegment(String original, String safe) {
    assertThat(SafeFilename.of(original).value()).isEqualTo(safe);
  }

  @ParameterizedTest
  @ValueSource(strings = {"in\u0000voice.pdf", "in\nvoice.pdf", "in\u0007voice.pdf\u007f"})
  void dropsControlCharacters(String original) {
    assertThat(SafeFilename.of(original).value()).isEqualTo("invoice.pdf");
  }

  @org.junit.jupiter.api.Test
  void dropsBidiOverridesThatWouldFakeAnExtension() {
    // Shown as "invoicefdp.exe" reversed: "invoice" + RLO + "fdp.exe" displays as "invoiceexe.pdf".
    assertThat(SafeFilename.of("invoice\u202Efdp.exe").value()).isEqualTo("invoicefdp.exe");
  }

  @org.junit.jupiter.api.Test
  void composesDecomposedCharacters() {
    assertThat(SafeFilename.of("A\u0308rger.txt").value()).isEqualTo("Ärger.txt");
  }

  @org.junit.jupiter.api.Test
  void shortensLongNamesKeepingTheExtension() {
    String safe = SafeFilename.of("x".repeat(400) + ".docx").value();

    assertThat(safe).hasSize(SafeFilename.MAX_LENGTH).endsWith("xxx.docx");
  }

  @org.junit.jupiter.api.Test
  void neverSplitsACharacterWhenShortening() {
    String safe = SafeFilename.of("😀".repeat(200) + ".txt").value();

    assertThat(safe.codePointCount(0, safe.length())).isEqualTo(SafeFilename.MAX_LENGTH);
    assertThat(safe).endsWith("😀.txt");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u0001\u0002", "/"})
  void namesNothingUsefulAttachment(String original) {
    assertThat(SafeFilename.of(original).value()).isEqualTo("attachment");
  }
}
