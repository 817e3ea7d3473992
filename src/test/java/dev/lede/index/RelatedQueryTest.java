package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RelatedQueryTest {

  private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

  @Test
  void builder_defaults() {
    RelatedQuery q = RelatedQuery.builder().build();
    assertThat(q.limit()).isEqualTo(RelatedQuery.DEFAULT_LIMIT);
    assertThat(q.section()).isNull();
    assertThat(q.language()).isNull();
    assertThat(q.publishedFrom()).isNull();
    assertThat(q.publishedTo()).isNull();
    assertThat(q.excludeIds()).isEmpty();
    assertThat(q.minScore()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(q.deduplicate()).isTrue();
    assertThat(q.ranking()).isEqualTo(RelatedQuery.Ranking.LEDE);
  }

  @Test
  void builder_everySetting_isKept() {
    Set<String> ids = new HashSet<>(Set.of("a", "b"));
    RelatedQuery q = RelatedQuery.builder().limit(3).section("  World ").language(" EN ")
        .publishedBetween(MAY, JUNE).excludeIds(ids).minScore(0.5).deduplicate(false)
        .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).build();
    ids.clear();
    assertThat(q).isEqualTo(new RelatedQuery(3, "World", "en", MAY, JUNE, Set.of("a", "b"), 0.5,
        false, RelatedQuery.Ranking.MORE_LIKE_THIS, 0, true));
    assertThat(RelatedQuery.builder().section(" ").language("").build())
        .extracting(RelatedQuery::section, RelatedQuery::language).containsOnlyNulls();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, RelatedQuery.MAX_LIMIT})
  void limit_atTheBounds_isValid(int limit) {
    assertThat(RelatedQuery.of(limit).limit()).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.5, RelatedQuery.MAX_TOPIC_WEIGHT + 0.5, Double.NaN,
      Double.POSITIVE_INFINITY})
  void topicWeight_outOfBounds_throwsNamingTheRange(double weight) {
    String message = "topicWeight must be in [0, 10.0]: " + weight;
    assertThatThrownBy(() -> RelatedQuery.builder().topicWeight(weight)).hasMessage(message);
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, null, null, Set.of(), 0, true,
        RelatedQuery.Ranking.LEDE, weight, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void topicWeight_defaultsToAdaptive() {
    assertThat(RelatedQuery.of(5).adaptiveTopic()).isTrue();
    assertThat(RelatedQuery.of(5).topicWeight()).isZero();
  }

  @Test
  void topicWeight_setExplicitly_isFixedAndAdaptiveTopicUndoesIt() {
    RelatedQuery fixed = RelatedQuery.builder().topicWeight(RelatedQuery.TOPIC_WEIGHT).build();
    RelatedQuery zero = RelatedQuery.builder().topicWeight(0).build();
    RelatedQuery back = RelatedQuery.builder().topicWeight(2).adaptiveTopic().build();

    assertThat(fixed.topicWeight()).isEqualTo(1.0);
    assertThat(fixed.adaptiveTopic()).isFalse();
    assertThat(zero.adaptiveTopic()).isFalse();
    assertThat(zero).isNotEqualTo(RelatedQuery.of(10));
    assertThat(back).isEqualTo(RelatedQuery.of(10));
  }

  @Test
  void topicWeight_adaptiveWithAWeight_throws() {
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, null, null, Set.of(), 0, true,
        RelatedQuery.Ranking.LEDE, 0.5, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an adaptive ranking sets its own topic weight, not 0.5");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, RelatedQuery.MAX_LIMIT + 1})
  void limit_outOfBounds_throwsNamingTheRange(int limit) {
    String message = "limit must be in [1, 1000]: " + limit;
    assertThatThrownBy(() -> RelatedQuery.of(limit)).hasMessage(message);
    assertThatThrownBy(() -> new RelatedQuery(limit, null, null, null, null, Set.of(), 0, true,
        RelatedQuery.Ranking.LEDE, 0, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void publishedBetween_sameInstantIsValidReversedIsNot() {
    assertThat(RelatedQuery.builder().publishedBetween(MAY, MAY).build().publishedTo())
        .isEqualTo(MAY);
    assertThat(RelatedQuery.builder().publishedBetween(null, MAY).build().publishedFrom())
        .isNull();
    assertThatThrownBy(() -> RelatedQuery.builder().publishedBetween(JUNE, MAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from " + JUNE + " is after to " + MAY);
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, JUNE, MAY, Set.of(), 0, true,
        RelatedQuery.Ranking.LEDE, 0, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publishedFrom " + JUNE + " is after publishedTo " + MAY);
  }

  @Test
  void minScore_notANumber_throws() {
    assertThatThrownBy(() -> RelatedQuery.builder().minScore(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minScore must be a number");
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, null, null, Set.of(), Double.NaN,
        true, RelatedQuery.Ranking.LEDE, 0, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minScore must be a number");
  }

  @Test
  void nulls_throwNamingTheParameter() {
    assertThatThrownBy(() -> RelatedQuery.builder().ranking(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ranking");
    assertThatThrownBy(() -> RelatedQuery.builder().excludeIds(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ids");
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, null, null, Set.of(), 0, true,
        null, 0, true)).isInstanceOf(NullPointerException.class).hasMessage("ranking");
  }

  @Test
  void excludeIds_nullSetOrANullId_throwsNamingIt() {
    Set<String> withNull = new HashSet<>();
    withNull.add("a");
    withNull.add(null);
    assertThatThrownBy(() -> RelatedQuery.builder().excludeIds(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("ids holds null");
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, null, null, withNull, 0, true,
        RelatedQuery.Ranking.LEDE, 0, true))
        .isInstanceOf(NullPointerException.class).hasMessage("excludeIds holds null");
    assertThatThrownBy(() -> new RelatedQuery(5, null, null, null, null, null, 0, true,
        RelatedQuery.Ranking.LEDE, 0, true))
        .isInstanceOf(NullPointerException.class).hasMessage("excludeIds");
  }

  @Test
  void excluding_addsTheIdAndKeepsEverythingElse() {
    RelatedQuery q = RelatedQuery.builder().limit(7).section("World").excludeIds(Set.of("a"))
        .deduplicate(false).topicWeight(0.5).build();

    RelatedQuery excluding = q.excluding("b");

    assertThat(excluding.excludeIds()).containsExactlyInAnyOrder("a", "b");
    assertThat(excluding).usingRecursiveComparison().ignoringFields("excludeIds").isEqualTo(q);
    assertThat(q.excludeIds()).containsExactly("a");
    assertThatThrownBy(() -> q.excluding(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
