package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TopicVectors} on a vector file written here: five words of three dimensions, so that
 * every expected vector is worked out by hand (SIF weights from the rank, int8 rows times their
 * scale, the common direction removed, unit length).
 */
final class TopicVectorsTest {

  /**
   * Rows: "alpha" (3, 0, 5) x 0.5, "beta" (0, 4, -7) x 0.25, "gamma" (0, 0, 9) x 1 (all of it
   * along the common direction), "42" (1, 1, 0) x 1 (no letter), "alpha" again (0, 9, 0) x 1 (a
   * duplicate: the first row wins). Common direction (0, 0, 1); full vocabulary 1,000 words.
   */
  private static byte[] file(String magic, int rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(magic.getBytes(StandardCharsets.US_ASCII));
    out.writeInt(1_000);
    out.writeInt(rows);
    out.writeInt(3);
    byte[] words = "alpha\nbeta\ngamma\n42\nalpha".getBytes(StandardCharsets.UTF_8);
    out.writeInt(words.length);
    out.write(words);
    out.write(new byte[] {3, 0, 5, 0, 4, -7, 0, 0, 9, 1, 1, 0, 0, 9, 0});
    for (float scale : new float[] {0.5f, 0.25f, 1f, 1f, 1f}) {
      out.writeFloat(scale);
    }
    for (float c : new float[] {0f, 0f, 1f}) {
      out.writeFloat(c);
    }
    return bytes.toByteArray();
  }

  private static TopicVectors vectors() throws IOException {
    return new TopicVectors(new ByteArrayInputStream(file("LEDETOP1", 5)));
  }

  @Test
  void of_oneWord_itsDirectionWithoutTheCommonPart() throws IOException {
    TopicVectors v = vectors();
    assertThat(v.dimension()).isEqualTo(3);
    assertThat(v.of(List.of("alpha"))).containsExactly(1f, 0f, 0f);
    assertThat(v.of(List.of("beta"))).containsExactly(0f, 1f, 0f);
  }

  @Test
  void of_twoWords_weighedByRank() throws IOException {
    // SIF weights a / (a + p), p = 1 / (rank x (ln 1000 + 0.5772)): alpha (rank 1) 0.0074294,
    // beta (rank 2) 0.0147491; alpha (1.5, 0) x 0.0074294 + beta (0, 1) x 0.0147491, unit length
    assertThat(vectors().of(List.of("alpha", "beta")))
        .containsExactly(new float[] {0.6028414f, 0.7978610f, 0f}, within(1e-6f));
    // a word twice counts twice
    assertThat(vectors().of(List.of("beta", "alpha", "beta")))
        .containsExactly(new float[] {0.3534073f, 0.9354695f, 0f}, within(1e-6f));
  }

  @Test
  void of_caseIgnored_tokensWithoutLetterSkipped_firstRowOfADuplicate() throws IOException {
    TopicVectors v = vectors();
    assertThat(v.of(List.of("ALPHA", "42", "Beta")))
        .containsExactly(v.of(List.of("alpha", "beta")));
    assertThat(v.of(List.of("42"))).isNull();
    assertThat(v.of(List.of("42", "-", ""))).isNull();
  }

  @Test
  void of_nothingKnownOrOnlyTheCommonDirection_isNull() throws IOException {
    TopicVectors v = vectors();
    assertThat(v.of(List.of())).isNull();
    assertThat(v.of(List.of("delta"))).isNull();
    assertThat(v.of(List.of("gamma"))).isNull();
    assertThat(v.of(List.of("gamma", "alpha"))).containsExactly(1f, 0f, 0f);
  }

  @Test
  void cosine_dotProductOfUnitVectors() {
    assertThat(TopicVectors.cosine(new float[] {0.6f, 0.8f}, new float[] {0.8f, 0.6f}))
        .isCloseTo(0.96f, within(1e-6f));
    assertThat(TopicVectors.cosine(new float[] {1f, 0f}, new float[] {0f, 1f})).isZero();
  }

  @Test
  void read_damagedFiles_refused() {
    assertThatThrownBy(() -> new TopicVectors(new ByteArrayInputStream(file("LEDETOP0", 5))))
        .isInstanceOf(IOException.class).hasMessage("not a Lede topic-vector file");
    assertThatThrownBy(() -> new TopicVectors(new ByteArrayInputStream(file("LEDETOP1", 4))))
        .isInstanceOf(IOException.class)
        .hasMessage("topic-vector file holds 5 words, not 4");
    assertThatThrownBy(() -> new TopicVectors(new ByteArrayInputStream(
        java.util.Arrays.copyOf(fileUnchecked(), 60))))
        .isInstanceOf(EOFException.class);
  }

  private static byte[] fileUnchecked() {
    try {
      return file("LEDETOP1", 5);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void shared_theShippedFile() {
    assertThat(TopicVectors.shared().dimension()).isEqualTo(100);
    assertThat(TopicVectors.shared()).isSameAs(TopicVectors.shared());
  }
}
