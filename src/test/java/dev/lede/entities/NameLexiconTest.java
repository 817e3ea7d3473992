package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class NameLexiconTest {

  private static final int PER = 1 << NameLexicon.PER;
  private static final int LOC = 1 << NameLexicon.LOC;
  private static final int ORG = 1 << NameLexicon.ORG;

  /** Writes a lexicon in the format of models/tools/Nlp4jLexicon.java. */
  private static NameLexicon lexicon(Map<String, Integer> names) throws IOException {
    TreeMap<Long, Integer> sorted = new TreeMap<>();
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      long h = 0xcbf29ce484222325L;
      for (String token : e.getKey().split(" ")) {
        h = NameLexicon.hash(h, token);
      }
      sorted.merge(h & ((1L << NameLexicon.HASH_BITS) - 1), e.getValue(), (a, b) -> a | b);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("LEDELEX1".getBytes(StandardCharsets.US_ASCII));
    out.writeInt(sorted.size());
    long prev = 0;
    for (long h : sorted.keySet()) {
      long delta = h - prev;
      prev = h;
      while (delta >= 0x80) {
        out.write((int) (delta & 0x7f) | 0x80);
        delta >>>= 7;
      }
      out.write((int) delta);
    }
    for (int bits : sorted.values()) {
      out.write(bits);
    }
    return NameLexicon.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void mark_setsBeginAndInsideBitsPerType() throws IOException {
    NameLexicon lex = lexicon(Map.of("Marta Kowalczyk", PER, "Kowalczyk", PER | ORG,
        "Port Elwen", LOC));
    int[] bits = lex.mark(new String[] {"Marta", "Kowalczyk", "left", "Port", "Elwen", "."});

    int inside = NameLexicon.TYPES;
    assertThat(bits).containsExactly(PER, PER << inside | PER | ORG, 0, LOC, LOC << inside, 0);
  }

  @Test
  void mark_startsOnlyAtCapitalsAndDigits() throws IOException {
    NameLexicon lex = lexicon(Map.of("Port Elwen", LOC, "Apollo 13", ORG));

    assertThat(lex.mark(new String[] {"port", "Elwen"})).containsExactly(0, 0);
    assertThat(lex.mark(new String[] {"Apollo", "11"}))
        .containsExactly(ORG, ORG << NameLexicon.TYPES);
  }

  @Test
  void lookup_ignoresSpacesAndCountsADigitRunAsOneZero() throws IOException {
    NameLexicon lex = lexicon(Map.of("Mikoyan - Gurevich", ORG, "Route 0", LOC));

    assertThat(lex.lookup("Mikoyan-Gurevich")).isEqualTo(ORG);
    assertThat(lex.lookup("Route", "66")).isEqualTo(LOC);
    assertThat(lex.lookup("Route", "Sixty")).isZero();
    assertThat(lex.lookup("mikoyan-gurevich")).isZero();
  }

  @Test
  void shippedLexicon_knowsCommonNames() {
    NameLexicon names = Gazetteer.load().names;

    assertThat(names.size()).isGreaterThan(1_000_000);
    assertThat(names.lookup("Barack", "Obama") & PER).isEqualTo(PER);
    assertThat(names.lookup("Manchester") & LOC).isEqualTo(LOC);
    assertThat(names.lookup("Walt", "Disney", "Studios", "California") & ORG).isEqualTo(ORG);
    assertThat(names.lookup("Zzyxqw", "Vbnmr")).isZero();
  }

  @Test
  void lookup_manyNames_eachFoundWithItsOwnType() throws IOException {
    // Enough hashes to fill buckets across the whole range, first and last included.
    Map<String, Integer> names = new java.util.HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      // letters only: the hash reads a run of digits as one '0'
      String word = Integer.toString(i, 26).chars()
          .map(c -> c <= '9' ? 'a' + c - '0' : c + 10)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString();
      names.put("Name" + word + " Place", i % 3 == 0 ? PER : i % 3 == 1 ? LOC : ORG);
    }
    NameLexicon lexicon = lexicon(names);

    for (Map.Entry<String, Integer> e : names.entrySet()) {
      assertThat(lexicon.lookup(e.getKey().split(" "))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(lexicon.lookup("Name", "Place")).isZero();
    assertThat(lexicon.lookup("Namezzzz", "Place")).isZero();
  }

  @Test
  void read_rejectsOtherFiles() {
    byte[] notALexicon = "LEDENER2 and more".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> NameLexicon.read(new ByteArrayInputStream(notALexicon)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Lede name lexicon");
  }

  @Test
  void read_truncatedFile_throws() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("LEDELEX1".getBytes(StandardCharsets.US_ASCII));
    out.writeInt(3);
    out.write(new byte[] {5, (byte) 0x81}); // two hashes, the second cut inside its varint

    assertThatThrownBy(() -> NameLexicon.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void empty_marksNothing() {
    assertThat(NameLexicon.empty().mark(new String[] {"Marta"})).containsExactly(0);
  }
}
