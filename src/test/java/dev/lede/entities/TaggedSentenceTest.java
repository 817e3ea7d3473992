package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TaggedSentenceTest {

  private static final List<String> TOKENS = List.of("Nadia", "Osei", "left", "Accra", ".");
  private static final List<String> TAGS = List.of("B-PER", "I-PER", "O", "B-LOC", "O");

  @Test
  void text_tokensJoinedBySingleSpaces() {
    assertThat(new TaggedSentence(TOKENS, TAGS).text()).isEqualTo("Nadia Osei left Accra .");
  }

  @Test
  void tokenStartsAndEnds_indexIntoTheText() {
    TaggedSentence s = new TaggedSentence(TOKENS, TAGS);

    assertThat(s.tokenStarts()).containsExactly(0, 6, 11, 16, 22);
    assertThat(s.tokenEnds()).containsExactly(5, 10, 15, 21, 23);
    for (int i = 0; i < TOKENS.size(); i++) {
      assertThat(s.text().substring(s.tokenStarts()[i], s.tokenEnds()[i])).isEqualTo(TOKENS.get(i));
    }
  }

  @Test
  void empty_hasNoOffsets() {
    TaggedSentence s = new TaggedSentence(List.of(), List.of());

    assertThat(s.text()).isEmpty();
    assertThat(s.tokenStarts()).isEmpty();
    assertThat(s.tokenEnds()).isEmpty();
  }

  @Test
  void constructor_copiesTheLists() {
    List<String> tokens = new ArrayList<>(TOKENS);
    List<String> tags = new ArrayList<>(TAGS);
    TaggedSentence s = new TaggedSentence(tokens, tags);
    tokens.set(0, "Changed");
    tags.set(0, "O");

    assertThat(s.tokens()).isEqualTo(TOKENS);
    assertThat(s.tags()).isEqualTo(TAGS);
    assertThatThrownBy(() -> s.tags().add("O")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_everyTypeAndPrefix_accepted() {
    List<String> tags = List.of("B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "O");

    assertThat(new TaggedSentence(Arrays.asList("a", "b", "c", "d", "e", "f", "g"), tags).tags())
        .isEqualTo(tags);
  }

  @ParameterizedTest
  @ValueSource(strings = {"B-MISC", "X-PER", "PER", "B-", "b-PER", "B-per", "o", "", "I-PERSON"})
  void constructor_notAnIob2TagOverTheTypes_throws(String tag) {
    assertThatThrownBy(() -> new TaggedSentence(List.of("Accra"), List.of(tag)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IOB2");
  }

  @Test
  void constructor_lengthsDiffer_throws() {
    assertThatThrownBy(() -> new TaggedSentence(TOKENS, TAGS.subList(0, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("5 tokens but 4 tags");
  }

  @Test
  void constructor_nulls_throw() {
    assertThatThrownBy(() -> new TaggedSentence(null, TAGS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TaggedSentence(Arrays.asList("a"), Arrays.asList((String) null)))
        .isInstanceOf(NullPointerException.class);
  }
}
