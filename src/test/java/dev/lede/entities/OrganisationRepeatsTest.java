package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class OrganisationRepeatsTest {

  private static TypedMention org(String body, String text, int from) {
    int start = body.indexOf(text, from);
    return new TypedMention(start, start + text.length(), EntityType.ORGANIZATION, null, null,
        false);
  }

  private static List<String> texts(String body, List<TypedMention> found) {
    return found.stream().map(m -> m.type() + ":" + body.substring(m.start(), m.end())).toList();
  }

  @Test
  void withRepeats_nameOfSeveralWordsWrittenAgain_isThatOrganisationEachTime() {
    String body = "Her label Silver Anchor owns the masters. She fought Silver Anchor for years."
        + " Silver Anchor's lawyers said so. The Grain Ledger newsletter said stocks fell."
        + " Grain Ledger forecast a rise.";

    List<TypedMention> out = OrganisationRepeats.withRepeats(body,
        List.of(org(body, "Silver Anchor", 0), org(body, "Grain Ledger", 0)), List.of());

    assertThat(texts(body, out)).containsExactly("ORGANIZATION:Silver Anchor",
        "ORGANIZATION:Silver Anchor", "ORGANIZATION:Silver Anchor", "ORGANIZATION:Grain Ledger",
        "ORGANIZATION:Grain Ledger");
    assertThat(out.get(1).canonical()).isEqualTo("=" + out.get(0).start());
  }

  @Test
  void withRepeats_insideALongerNameOrAnotherMention_addsNothing() {
    String body = "Silver Anchor owns it. Silver Anchor Records rose. New Silver Anchor fell."
        + " Mr Silver Anchorage left. Ann Silver Anchor spoke. SILVER ANCHOR FALLS";
    List<TypedMention> found = List.of(org(body, "Silver Anchor", 0),
        new TypedMention(body.indexOf("Ann"), body.indexOf(" spoke"), EntityType.PERSON, null,
            null, false));

    assertThat(OrganisationRepeats.withRepeats(body, found, List.of())).isEqualTo(found);
  }

  @Test
  void withRepeats_oneWordName_isLeftToTheDocumentPass() {
    String body = "Quillo rose. Later Quillo fell.";
    List<TypedMention> found = List.of(org(body, "Quillo", 0));

    assertThat(OrganisationRepeats.withRepeats(body, found, List.of())).isEqualTo(found);
  }
  @Test
  void recognize_organisationFoundOnceByItsKind_isFoundWhereverTheTextWritesIt() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "The singer left the record"
        + " label Silver Anchor in 2019. She fought with Silver Anchor for years, and Silver"
        + " Anchor has denied her claims.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .containsExactly("Silver Anchor", "Silver Anchor", "Silver Anchor");
  }
}
