package io.atumdesk.assist.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.assist.panel.Frustration.Kind;
import io.atumdesk.assist.panel.Frustration.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrustrationScoreTests {

  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  static final int THRESHOLD = 50;

  @Test
  void aCalmCustomerWhoWasJustAnsweredScoresZero() {
    Frustration calm = score(List.of("My printer shows paper jam, could you help?"), 0, null);

    assertThat(calm.score()).isZero();
    assertThat(calm.signals()).isEmpty();
    assertThat(calm.frustrated()).isFalse();
  }

  @Test
  void frustrationWordsExclamationsAndCapitalsMoveTheScore() {
    Frustration angry =
        score(List.of("This is UNACCEPTABLE!!! The VPN is STILL NOT working, useless."), 0, null);

    Signal wording = signal(angry, Kind.WORDING);
    assertThat(wording.terms()).contains("unacceptable", "still not", "useless");
    assertThat(wording.count()).isGreaterThanOrEqualTo(4);
    assertThat(angry.score()).isEqualTo(40).isEqualTo(wording.points());
    assertThat(angry.frustrated()).as("wording alone stays below the threshold").isFalse();
  }

  @Test
  void germanWordsCountToo() {
    Frustration verärgert =
        score(
            List.of("Das ist inakzeptabel, schon wieder kein Netz. Ich bin enttäuscht."), 0, null);

    assertThat(signal(verärgert, Kind.WORDING).terms())
        .containsExactly("inakzeptabel", "schon wieder", "enttäuscht");
    assertThat(verärgert.score()).isEqualTo(30);
  }

  @Test
  void wordsInsideOtherWordsDoNotCount() {
    assertThat(score(List.of("Our angryb1rds app and the worstead fabric order"), 0, null).score())
        .isZero();
  }

  @Test
  void aNearlyRepeatedMessageMovesTheScore() {
    float[] first = unit(1, 0, 0);
    float[] again = unit(0.99f, 0.05f, 0);
    float[] other = unit(0, 1, 0);

    Frustration repeated =
        FrustrationScore.of(
            List.of("a", "b", "c"),
            List.of(Optional.of(first), Optional.of(other), Optional.of(again)),
            0,
            null,
            NOW,
            THRESHOLD);

    assertThat(signal(repeated, Kind.REPETITION).count()).isEqualTo(1);
    assertThat(repeated.score()).isEqualTo(15);
  }

  @Test
  void differentMessagesAreNoRepetition() {
    Frustration different =
        FrustrationScore.of(
            List.of("a", "b"),
            List.of(Optional.of(unit(1, 0, 0)), Optional.of(unit(0.6f, 0.8f, 0))),
            0,
            null,
            NOW,
            THRESHOLD);

    assertThat(different.signals()).isEmpty();
  }

  @Test
  void everyReopeningMovesTheScoreUpToItsCap() {
    assertThat(score(List.of("x"), 1, null).score()).isEqualTo(15);
    assertThat(score(List.of("x"), 2, null).score()).isEqualTo(30);
    assertThat(score(List.of("x"), 7, null).score()).isEqualTo(30);
    assertThat(signal(score(List.of("x"), 2, null), Kind.REOPENED).count()).isEqualTo(2);
  }

  @Test
  void waitingAddsAPointAnHourUpToTwenty() {
    assertThat(score(List.of("x"), 0, NOW.minus(Duration.ofMinutes(59))).score()).isZero();
    assertThat(score(List.of("x"), 0, NOW.minus(Duration.ofHours(5))).score()).isEqualTo(5);
    assertThat(signal(score(List.of("x"), 0, NOW.minusSeconds(5 * 3600)), Kind.WAITING).count())
        .isEqualTo(5);
    assertThat(score(List.of("x"), 0, NOW.minus(Duration.ofDays(3))).score()).isEqualTo(20);
  }

  @Test
  void signalsAddUpToTheThresholdAndNeverPastAHundred() {
    List<String> texts = List.of("UNACCEPTABLE!!! still not fixed, useless", "UNACCEPTABLE!!!");
    float[] same = unit(1, 0, 0);

    Frustration furious =
        FrustrationScore.of(
            texts,
            List.of(Optional.of(same), Optional.of(same)),
            3,
            NOW.minus(Duration.ofDays(2)),
            NOW,
            THRESHOLD);

    assertThat(furious.signals()).extracting(Signal::kind).containsExactly(Kind.values());
    assertThat(furious.score()).isEqualTo(100);
    assertThat(furious.frustrated()).isTrue();
  }

  @Test
  void hugeAndEmptyTextsScoreWithoutFailing() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add(null);
    texts.add("ok ".repeat(1_000_000) + "unacceptable");
    List<Optional<float[]>> vectors = List.of(Optional.empty(), Optional.empty(), Optional.empty());

    Frustration huge = FrustrationScore.of(texts, vectors, 0, null, NOW, THRESHOLD);

    assertThat(huge.score()).as("only the first characters are read").isZero();
  }

  private static Frustration score(List<String> texts, int reopenCount, Instant waitingSince) {
    List<Optional<float[]>> vectors = texts.stream().map(t -> Optional.<float[]>empty()).toList();
    return FrustrationScore.of(texts, vectors, reopenCount, waitingSince, NOW, THRESHOLD);
  }

  private static Signal signal(Frustration frustration, Kind kind) {
    return frustration.signals().stream()
        .filter(s -> s.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + frustration));
  }

  private static float[] unit(float... values) {
    double length = 0;
    for (float v : values) {
      length += v * v;
    }
    float[] unit = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      unit[i] = (float) (values[i] / Math.sqrt(length));
    }
    return unit;
  }
}
