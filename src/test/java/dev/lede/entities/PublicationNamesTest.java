package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PublicationNames} end to end: a newspaper or magazine named by common words, or
 * after "told" with its capitalised "The", is an organisation (media, by the guidelines).
 */
final class PublicationNamesTest {

  @Test
  void recognize_capitalisedWordsBeforeMagazineOrNewspaper_areThePublication() {
    List<Entity> entities = recognize(null, "The singer said her worst year was behind her,"
        + " she told People magazine on Friday. Her manager told Time magazine that the tour"
        + " would go on. A reporter for the Harbour Mail newspaper saw the show.");

    assertThat(find(entities, EntityType.ORGANIZATION, "People")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Time")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Harbour Mail")).isPresent();
  }

  @Test
  void recognize_capitalisedTheAfterTold_opensThePublicationsName() {
    List<Entity> entities = recognize(null, "Asked about the vote, the governor told The"
        + " Atlantic that the plan was sound. In an interview with The Economist, the banker"
        + " said rates would fall.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "The Atlantic").orElseThrow()))
        .containsExactly("The Atlantic");
    assertThat(find(entities, EntityType.ORGANIZATION, "The Economist")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Atlantic")).isEmpty();
  }

  @Test
  void recognize_placeOrDayBeforeNewspaper_staysAsItWas() {
    List<Entity> entities = recognize(null, "A Chicago newspaper reported the deal first, and"
        + " the Sunday newspaper ran it too. He told the Russian newspaper Kommersant that he"
        + " had flown across the Atlantic twice.");

    assertThat(find(entities, EntityType.LOCATION, "Chicago")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Kommersant")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Atlantic")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().equals("Sunday") || e.name().equals("Russian"));
  }
  @Test
  void recognize_mediaOrServiceKindBeforeAName_makesItAnOrganisation() {
    List<Entity> entities = recognize(null, "According to a paper published in the journal"
        + " Helix Review on Monday, the team found water. The plan was reported by the"
        + " publication Techledger. She signed with the label Brightfold in 2010. Users of the"
        + " app Quillo rose, the Grain Ledger newsletter said.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Helix Review")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Techledger")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Brightfold")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Quillo")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Grain Ledger")).isPresent();
  }

  @Test
  void recognize_mediaKindBeforeADayOrAPlace_staysAsItWas() {
    List<Entity> entities = recognize(null, "He wrote in his journal Tuesday that the app"
        + " worked. A Boston website reported the fire.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    assertThat(find(entities, EntityType.LOCATION, "Boston")).isPresent();
  }
  @Test
  void recognize_siteNamedByItsDomain_isAnOrganisation() {
    List<Entity> entities = recognize(null, "Residents of the camp told Factwire.info the claims"
        + " were false. Ledgerly.com first reported the sale, and the story spread from"
        + " Newsgrid.co.uk to other sites.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Factwire.info")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Ledgerly.com")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Newsgrid.co.uk")).isPresent();
  }

  @Test
  void recognize_addressOrFileInLowerCase_isNoOrganisation() {
    List<Entity> entities = recognize(null, "Write to help@ledgerly.com or see ledgerly.com for"
        + " details; the form is Report.pdf and the code runs on Node.js today.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void recognize_capitalisedWordsAfterASourcesCue_areTheOutlet() {
    List<Entity> entities = recognize(null, "A spokesman for the firm told Harbour Insider on"
        + " Monday that the deal was done. The study was first published by TechNovum last"
        + " year. According to ChipWatch, shipments fell by a third. A nurse told the Gleaner"
        + " the ward was full. (Photo credit: Brightlens)");

    assertThat(find(entities, EntityType.ORGANIZATION, "Harbour Insider")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "TechNovum")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "ChipWatch")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Gleaner")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Brightlens")).isPresent();
  }

  @Test
  void recognize_personDayOrGroupAfterASourcesCue_staysAsItWas() {
    List<Entity> entities = recognize(null, "The minister told Sarah Okafor the plan was"
        + " dead, according to Monday's report. He told Israeli officials the same, and told"
        + " the President so too. Two died, according to Fire Chief Ola Brann.");

    assertThat(find(entities, EntityType.PERSON, "Sarah Okafor")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }
}
