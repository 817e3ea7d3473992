package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

final class DocumentsTest {

  private static final Analyzer ANALYZER = Documents.analyzer();

  @Test
  void topicTerms_repeatedTermsAsOftenAsTheTextRepeatsThem() {
    String topic = Documents.topicTerms(ANALYZER,
        "Harbour cranes stood idle. The harbour board said the cranes and the harbour tolls "
            + "would be reviewed.");
    assertThat(topic.split(" ")).containsExactlyInAnyOrder(
        "harbour", "harbour", "harbour", "crane", "crane");
  }

  @Test
  void topicTerms_emptyWhenNothingRepeats() {
    assertThat(Documents.topicTerms(ANALYZER, "A short note on one ferry.")).isEmpty();
    assertThat(Documents.topicTerms(ANALYZER, "")).isEmpty();
  }

  @Test
  void toDocument_everyArticleHasTheTopicField() {
    Document repeats = Documents.toDocument("a", Fixtures.analysis("Ferry fares",
        "Ferry fares rise. Ferry operators blame fuel."), ANALYZER);
    Document none = Documents.toDocument("b", Fixtures.analysis(null, "One line only."),
        ANALYZER);
    assertThat(repeats.get(Documents.TOPIC)).contains("ferri ferri ferri", "fare fare");
    assertThat(none.getField(Documents.TOPIC)).isNotNull();
    assertThat(none.get(Documents.TOPIC)).isEmpty();
  }
}
