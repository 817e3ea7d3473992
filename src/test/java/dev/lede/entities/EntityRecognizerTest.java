package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.text.AnalyzedText;
import dev.lede.text.TextProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class EntityRecognizerTest {

  private static TextProcessor processor;
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    processor = StageFixtures.processor();
    recognizer = StageFixtures.recognizer();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = EntityRecognizerTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Entity> recognize(String title, String body) {
    return recognizer.recognize(title, processor.process(body));
  }

  private static Optional<Entity> find(List<Entity> entities, EntityType type, String name) {
    return entities.stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
  }

  private static List<String> texts(Entity e) {
    return e.mentions().stream().map(Mention::text).collect(Collectors.toList());
  }

  @Test
  void load_aSecondRecognizer_findsWhatTheSharedOneFinds() {
    // a load of its own: the shared one is made once per JVM, so its loading is checked here
    EntityRecognizer fresh = EntityRecognizer.load();
    AnalyzedText text = processor.process("Greta Okafor, the mayor of Lyon, met officials of the"
        + " United Nations in Belarus on Monday.");

    List<Entity> found = fresh.recognize("Okafor in Minsk", text);

    assertThat(found).isEqualTo(recognizer.recognize("Okafor in Minsk", text));
    assertThat(found).extracting(Entity::type, Entity::name).contains(
        org.assertj.core.groups.Tuple.tuple(EntityType.COUNTRY, "Belarus"),
        org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "United Nations"));
  }

  @Test
  void recognize_belarusArticle_findsTypedClusteredEntities() throws IOException {
    String body = resource("minsk-drill.txt");
    List<Entity> entities = recognize("Belarus Holds Emergency Drill", body);

    Entity lukashenko = find(entities, EntityType.PERSON, "Alexander Lukashenko").orElseThrow();
    assertThat(texts(lukashenko)).containsExactly("Alexander Lukashenko", "Lukashenko");
    assertThat(find(entities, EntityType.PERSON, "Vadim Sinyavsky")).isPresent();
    Entity putin = find(entities, EntityType.PERSON, "Vladimir Putin").orElseThrow();
    assertThat(texts(putin)).containsExactly("Vladimir Putin", "Putin");

    Entity belarus = find(entities, EntityType.COUNTRY, "Belarus").orElseThrow();
    assertThat(belarus.countryCode()).isEqualTo("BY");
    assertThat(find(entities, EntityType.COUNTRY, "Russia").orElseThrow().countryCode())
        .isEqualTo("RU");
    assertThat(find(entities, EntityType.COUNTRY, "Ukraine").orElseThrow().countryCode())
        .isEqualTo("UA");
    assertThat(find(entities, EntityType.LOCATION, "Moscow")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Minsk")).isPresent();

    Entity ministry = find(entities, EntityType.MINISTRY, "Ministry of Emergency Situations")
        .orElseThrow();
    assertThat(texts(ministry)).containsExactly(
        "Belarusian Ministry of Emergency Situations", "Emergency Situations Ministry");
    assertThat(find(entities, EntityType.MINISTRY, "Ministry of Foreign Affairs")).isPresent();

    // titles, demonyms and generic phrases stay out
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("Belarusian", "Russian", "Ukrainian", "President",
        "Interior Minister", "ministries");
    assertThat(all).noneMatch(t -> t.startsWith("President") || t.contains("Minister "));
    assertThat(entities).noneMatch(e -> e.type() == EntityType.MINISTRY
        && e.mentions().stream().anyMatch(m -> m.text().contains("interior")));
    // the possessive stays outside the span
    assertThat(texts(putin)).doesNotContain("Putin's");
    assertThat(find(entities, EntityType.PERSON, "Ivan Petrov")).isPresent();
  }

  @Test
  void recognize_anyText_mentionOffsetsMatchTheBody() throws IOException {
    for (String name : List.of("minsk-drill.txt", "london-talks.txt", "atlanta-weather.txt")) {
      String body = resource(name);
      for (Entity e : recognize(null, body)) {
        assertThat(e.salience()).isBetween(0.0, 1.0);
        for (Mention m : e.mentions()) {
          assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }
    }
  }

  @Test
  void recognize_anyText_spansNeverOverlapAndEntitiesAreSortedBySalience() throws IOException {
    List<Entity> entities = recognize("UK and U.S. officials meet", resource("london-talks.txt"));
    List<Mention> mentions = new ArrayList<>();
    entities.forEach(e -> mentions.addAll(e.mentions()));
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
    }
    for (int i = 1; i < entities.size(); i++) {
      assertThat(entities.get(i).salience()).isLessThanOrEqualTo(entities.get(i - 1).salience());
    }
  }

  @Test
  void recognize_countryAliases_clusterUnderTheCodeAndCommonName() throws IOException {
    List<Entity> entities = recognize(null, resource("london-talks.txt"));
    Entity us = find(entities, EntityType.COUNTRY, "United States").orElseThrow();
    assertThat(us.countryCode()).isEqualTo("US");
    assertThat(texts(us)).contains("United States");
    Entity uk = find(entities, EntityType.COUNTRY, "United Kingdom").orElseThrow();
    assertThat(uk.countryCode()).isEqualTo("GB");
    assertThat(texts(uk)).filteredOn("Britain"::equals).hasSize(2); // "Britain", "Britain's"
    assertThat(find(entities, EntityType.COUNTRY, "Côte d'Ivoire").orElseThrow().countryCode())
        .isEqualTo("CI");
    assertThat(find(entities, EntityType.COUNTRY, "Türkiye").orElseThrow().countryCode())
        .isEqualTo("TR");
    assertThat(find(entities, EntityType.LOCATION, "London").orElseThrow().mentions())
        .hasSize(2);
  }

  @Test
  void recognize_ministries_possessiveAbbreviationAndDepartments() throws IOException {
    List<Entity> entities = recognize(null, resource("london-talks.txt"));
    Entity mod = find(entities, EntityType.MINISTRY, "Ministry of Defence").orElseThrow();
    // "Britain's" is a separate COUNTRY mention; the abbreviation counts once defined
    assertThat(texts(mod)).containsExactly("Ministry of Defence", "MoD", "MoD");
    Entity state = find(entities, EntityType.MINISTRY, "Department of State").orElseThrow();
    assertThat(texts(state)).containsExactly("U.S. State Department");
    Entity treasury = find(entities, EntityType.MINISTRY, "Treasury").orElseThrow();
    assertThat(treasury.mentions()).hasSize(1); // not "Treasury yields"
  }

  @ParameterizedTest
  @CsvSource({"Belarus, Belarus", "the Russian Federation, Russia",
      "Democratic People's Republic of Korea, North Korea"})
  void recognize_ministryFollowedByOfACountry_isTheMinistryAndTheCountry(String country,
      String canonical) {
    List<Entity> entities = recognize(null, "The Ministry of Foreign Affairs of " + country
        + " said on Monday that talks would continue next week.");

    assertThat(entities).extracting(e -> e.type() + ":" + e.name()).containsExactly(
        "MINISTRY:Ministry of Foreign Affairs", "COUNTRY:" + canonical);
  }

  @ParameterizedTest
  @CsvSource({"of the", "of The", "Of the", "Of The"})
  void recognize_ministryFollowedByACapitalisedOfOrThe_isTheMinistryAndTheCountry(
      String connector) {
    String body = "The Ministry of Foreign Affairs " + connector
        + " Russian Federation said on Monday that talks would continue next week.";
    List<Entity> entities = recognize(null, body);

    assertThat(entities).extracting(e -> e.type() + ":" + e.name()).containsExactly(
        "MINISTRY:Ministry of Foreign Affairs", "COUNTRY:Russia");
    assertThat(entities.get(0).mentions())
        .containsExactly(new Mention(4, 31, "Ministry of Foreign Affairs"));
    assertThat(entities.get(1).mentions())
        .containsExactly(new Mention(39, 57, "Russian Federation"));
  }

  @Test
  void recognize_titleAbbreviations_endNoSentence() {
    List<Entity> entities = recognize(null, "The Ministry of Tourism of St. Vincent and the "
        + "Grenadines met Gen. Tomas Okafor in St. Louis on Monday.");

    assertThat(entities).extracting(e -> e.type() + ":" + e.name()).containsExactly(
        "MINISTRY:Ministry of Tourism", "COUNTRY:Saint Vincent and the Grenadines",
        "PERSON:Tomas Okafor", "LOCATION:St. Louis");
  }

  @Test
  void recognize_georgiaWithUsStates_isTheStateNotTheCountry() throws IOException {
    List<Entity> entities = recognize(null, resource("atlanta-weather.txt"));
    assertThat(find(entities, EntityType.LOCATION, "Georgia")).isPresent();
    assertThat(entities).noneMatch(e -> "GE".equals(e.countryCode()));
    assertThat(find(entities, EntityType.PERSON, "Brian Kemp")).isPresent();
  }

  @Test
  void recognize_georgiaInTheCaucasus_isTheCountry() {
    List<Entity> entities = recognize(null,
        "Georgia held elections on Saturday. Voters in Tbilisi queued for hours, and observers"
            + " from Armenia said the vote in Georgia was calm.");
    assertThat(find(entities, EntityType.COUNTRY, "Georgia").orElseThrow().countryCode())
        .isEqualTo("GE");
  }

  @Test
  void recognize_countryNameThatIsPartOfAPersonsName_isThePerson() {
    List<Entity> entities = recognize(null,
        "Michael Jordan visited the museum on Friday. Jordan later met young players.");
    Entity person = find(entities, EntityType.PERSON, "Michael Jordan").orElseThrow();
    assertThat(texts(person)).containsExactly("Michael Jordan", "Jordan");
    assertThat(entities).noneMatch(e -> "JO".equals(e.countryCode()));
  }

  @Test
  void recognize_countryInsideALongerName_belongsToThatName() {
    List<Entity> entities = recognize(null,
        "Shares of Kenya Airways rose after the Bank of Japan kept rates unchanged.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.COUNTRY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "MOSCOW — Russian officials said on Tuesday that talks would resume.|Moscow|MOSCOW",
      "BERLIN — Police said the protest was peaceful.|Berlin|BERLIN",
      "KYIV, Ukraine — Air raid sirens sounded across the city on Monday night.|Kyiv|KYIV"})
  void recognize_allCapsDateline_isALocationInNormalCase(String sentenceNameAndText) {
    String[] parts = sentenceNameAndText.split("\\|");
    List<Entity> entities = recognize(null, parts[0]);
    Entity place = find(entities, EntityType.LOCATION, parts[1]).orElseThrow();
    assertThat(texts(place)).containsExactly(parts[2]);
  }

  @Test
  void recognize_particlesAndHyphens_stayInsideThePersonSpan() {
    List<Entity> entities = recognize(null,
        "European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin"
            + " Salman in Brussels. Von der Leyen later spoke to reporters.");
    Entity vdl = find(entities, EntityType.PERSON, "Ursula von der Leyen").orElseThrow();
    assertThat(texts(vdl)).contains("Ursula von der Leyen");
    assertThat(find(entities, EntityType.LOCATION, "Brussels")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ursula von der Leyen said the budget plan was fair.",
      "The president, Ursula von der Leyen, said the budget plan was fair."})
  void recognize_particlesAfterAGivenName_stayInsideThePersonSpan(String sentence) {
    List<Entity> entities = recognize(null, sentence);
    Entity vdl = find(entities, EntityType.PERSON, "Ursula von der Leyen").orElseThrow();
    assertThat(texts(vdl)).containsExactly("Ursula von der Leyen");
    assertThat(entities).hasSize(1);
  }

  @Test
  void recognize_surnameRepeatsWithParticles_keepTheParticles() {
    List<Entity> entities = recognize(null, "Ursula von der Leyen opened the summit. Von der"
        + " Leyen's aides were upbeat. Later, von der Leyen left for Strasbourg.");
    Entity vdl = find(entities, EntityType.PERSON, "Ursula von der Leyen").orElseThrow();
    assertThat(texts(vdl)).containsExactly("Ursula von der Leyen", "Von der Leyen",
        "von der Leyen");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BRUSSELS — European leaders met on Monday.|Brussels",
      "PARIS — French farmers blocked the main roads again.|Paris"})
  void recognize_shoutedDatelineBeforeADemonym_isALocation(String textAndCity) {
    String[] parts = textAndCity.split("\\|");
    Entity city = find(recognize(null, parts[0]), EntityType.LOCATION, parts[1]).orElseThrow();
    assertThat(texts(city)).containsExactly(parts[1].toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void recognize_nameSplitByALineBreak_isOneMention() {
    String body = "The talks were led by Alexander\nLukashenko and lasted three hours.";
    List<Entity> entities = recognize(null, body);
    Entity person = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst()
        .orElseThrow();
    assertThat(person.mentions().get(0).text()).isEqualTo("Alexander\nLukashenko");
  }

  @Test
  void recognize_longListOfNames_findsEachPerson() {
    StringBuilder b = new StringBuilder("The committee members are ");
    String[] given = {"Anna", "Peter", "Maria", "John", "Laura", "David", "Sofia", "Michael"};
    String[] family = {"Keller", "Novak", "Brennan", "Okafor", "Lindqvist", "Moreau", "Tanaka",
        "Fischer"};
    for (int i = 0; i < 200; i++) {
      b.append(given[i % given.length]).append(' ').append(family[(i / 8) % family.length]);
      b.append(i == 199 ? "." : ", ");
    }
    List<Entity> entities = recognize(null, b.toString());
    long persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).count();
    assertThat(persons).isEqualTo(64); // 8 given names x 8 surnames
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Near the border, Ostrogorsk said more troops were needed.|Ostrogorsk",
      "In Kiev, Tymoshenko said the government would resign.|Tymoshenko",
      "Galina Petrusheva and Dravnik were once close allies in parliament.|Dravnik",
      "Mr. Halvorsen, a lawyer, said the case was closed.|Halvorsen",
      "A court said the arrest was not linked to Varkonyova's murder.|Varkonyova"})
  void recognize_oneWordNameInAPersonsContext_isAPerson(String sentenceAndName) {
    String[] parts = sentenceAndName.split("\\|");
    List<Entity> entities = recognize(null, parts[0]);
    assertThat(find(entities, EntityType.PERSON, parts[1])).isPresent();
    assertThat(entities).noneMatch(e -> e.type() != EntityType.PERSON
        && e.name().equals(parts[1]));
  }

  @ParameterizedTest
  @ValueSource(strings = {"In the evening Moscow said the sanctions were illegal.|Moscow",
      "On Tuesday Washington said it would suspend the aid programme.|Washington, D.C.",
      "Washington and Moscow traded accusations over the missile tests.|Washington, D.C.",
      "Baghdad's streets were quiet on Friday.|Baghdad",
      "The troops reached Mirgorod on Monday.|Mirgorod"})
  void recognize_placeOutsideAPersonsContext_staysALocation(String sentenceAndName) {
    String[] parts = sentenceAndName.split("\\|");
    assertThat(find(recognize(null, parts[0]), EntityType.LOCATION, parts[1])).isPresent();
  }

  /**
   * Cases the perceptron got right and the neural tagger (issue 10) gets wrong: a one-word name
   * it does not tag at all, so no context rule sees it ("the Moravec administration", "The
   * 32-year-old Varkonyi will", "Mr. Varkonyi,", "Ms. Kirovsk,", "the Élysée said"), a
   * capitalised first word kept in a company's name ("Shares of Taiwan Precision Bearing Co"),
   * two organisations joined by "and" read as one, a four-letter all-caps dateline read with the
   * next word as an organisation ("KYIV — Air raid"). The tagger with the name lexicon as input
   * lost "Mr. Varkonyi", "Ms. Kirovsk" and the "KYIV —" dateline and found "Varkonyova's murder"
   * and "reached Mirgorod", which are now ordinary tests. Kept so that they run again when the
   * model or the rules change.
   */
  @Disabled("known misses of the neural tagger: see README, issue 10")
  @ParameterizedTest
  @ValueSource(strings = {"The reforms stalled under the Moravec administration.|PERSON|Moravec",
      "The 32-year-old Varkonyi will play doubles with a new partner.|PERSON|Varkonyi",
      "My co-counsel, Mr. Varkonyi, will present the second argument.|PERSON|Varkonyi",
      "My colleague, Ms. Kirovsk, will answer the question on damages.|PERSON|Kirovsk",
      "KYIV — Air raid sirens sounded across the city on Monday night, officials said."
          + "|LOCATION|KYIV",
      "Later the Élysée said the state visit would go ahead as planned.|LOCATION|Élysée",
      "Shares of Taiwan Precision Bearing Co rose.|ORGANIZATION|Taiwan Precision Bearing Co",
      "Voters backed Reform Party of Canada and Canadian Alliance.|ORGANIZATION|Canadian Alliance"})
  void recognize_knownMissesOfTheNeuralTagger(String sentenceTypeAndName) {
    String[] parts = sentenceTypeAndName.split("\\|");
    List<Entity> entities = recognize(null, parts[0]);
    assertThat(entities).anyMatch(e -> e.type() == EntityType.valueOf(parts[1])
        && texts(e).contains(parts[2]));
  }

  @Test
  void recognize_ageBeforeANameAndANoun_isNoPerson() {
    assertThat(recognize(null, "The 500-year-old Kremlin walls were repaired."))
        .noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_textWithoutNames_isEmpty() {
    assertThat(recognize(null, "it was a quiet day and nothing much happened at all.")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n", "😀😀😀", "\uD800 lone surrogate \uDC00",
      "Das ist ein kurzer Text über Berlin und die Bundesregierung.",
      "Москва и Минск подписали соглашение.", "北京和上海"})
  void recognize_oddOrForeignText_neverFails(String body) {
    List<Entity> entities = recognize(null, body);
    assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).isNotEmpty());
  }

  @Test
  void recognize_titleNamingTheEntity_raisesItsSalience() {
    String body = "Officials in Chile and Peru met on Monday. Chile and Peru signed a deal.";
    List<Entity> withTitle = recognize("Peru signs deal", body);
    List<Entity> without = recognize(null, body);
    double peru = find(withTitle, EntityType.COUNTRY, "Peru").orElseThrow().salience();
    double peruNoTitle = find(without, EntityType.COUNTRY, "Peru").orElseThrow().salience();
    assertThat(peru).isGreaterThan(peruNoTitle);
    assertThat(withTitle.get(0).name()).isEqualTo("Peru");
  }

  @Test
  void recognize_nullText_throwsNamingTheParameter() {
    assertThatThrownBy(() -> recognizer.recognize("t", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> recognizer.demonymCountries(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void demonymCountries_demonymsAndPlurals_giveCodesInOrderOnce() throws IOException {
    AnalyzedText text = processor.process(
        "Belarusian officials met American and Belarusian diplomats. Several Ukrainians and"
            + " a Briton attended.");
    assertThat(recognizer.demonymCountries(text)).containsExactly("BY", "US", "UA", "GB");
    assertThat(recognizer.recognize(null, text)).noneMatch(
        e -> e.mentions().stream().anyMatch(m -> m.text().equals("Belarusian")));
  }

  @Test
  void recognize_sixteenThreadsSharingOneRecognizer_giveIdenticalResults() throws Exception {
    List<AnalyzedText> texts = new ArrayList<>();
    for (String name : List.of("minsk-drill.txt", "london-talks.txt", "atlanta-weather.txt")) {
      texts.add(processor.process(resource(name)));
    }
    List<List<Entity>> expected = new ArrayList<>();
    for (AnalyzedText t : texts) {
      expected.add(recognizer.recognize("Title", t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        int k = i % texts.size();
        futures.add(pool.submit(() -> recognizer.recognize("Title", texts.get(k))
            .equals(expected.get(k))));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void recognize_partyMembersAndBareParty_areNoEntities() {
    List<Entity> entities = recognize(null,
        "The Social Democrat mayor Anna Berg said the Party would oppose the budget. A Democrat"
            + " from Ohio agreed. Later the Social Democratic Party voted against it.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Social Democrat", "Party", "Democrat")
        .contains("Anna Berg", "Social Democratic Party");
  }

  @Test
  void recognize_compassPointAlone_isNoLocationButWestBankIs() {
    List<Entity> entities = recognize(null,
        "Relations between Russia and the West have cooled, while settlers moved deeper into the"
            + " West Bank.");
    assertThat(entities).extracting(Entity::name).doesNotContain("West");
    assertThat(find(entities, EntityType.COUNTRY, "Russia")).isPresent();
  }

  @Test
  void recognize_stormName_isNoEntityAnywhereInTheText() {
    List<Entity> entities = recognize(null,
        "Storm Helga brought gales to the coast of Norway on Monday. Helga also flooded roads"
            + " near Bergen, where Hurricane Oskar had struck a year earlier.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Helga", "Storm Helga", "Oskar", "Hurricane Oskar")
        .contains("Norway", "Bergen");
  }

  @Test
  void recognize_titledSurname_isAPersonWithoutTheTitle() {
    List<Entity> entities = recognize(null,
        "In a dissent, Justice Thomas wrote that the court had gone too far.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    Entity thomas = find(entities, EntityType.PERSON, "Thomas").orElseThrow();
    assertThat(texts(thomas)).containsExactly("Thomas");
  }

  @Test
  void recognize_connectorBeforeAName_staysOutsideTheSpan() {
    List<Entity> entities = recognize(null,
        "Leaders of the Orthodox Church and Catholic Church met in Mostar on Sunday.");
    assertThat(entities).allSatisfy(e -> assertThat(texts(e))
        .noneMatch(t -> t.startsWith("and ") || t.startsWith("of ")));
  }

  @Test
  void recognize_nameEndingInAnOrganisationHead_isAnOrganisationNotAPlace() {
    List<Entity> entities = recognize(null,
        "As a student he joined the Cambridge Whig Club and later rowed for the Westfield Rowing"
            + " Club in Oxford.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Cambridge Whig Club")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Westfield Rowing Club")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Oxford")).isPresent();
  }

  @Test
  void recognize_nameWithMiddleInitial_isOnePerson() {
    List<Entity> entities = recognize(null,
        "The new terminal is named after Harold J. Brennan, who ran the airport for decades.");
    Entity brennan = find(entities, EntityType.PERSON, "Harold J. Brennan").orElseThrow();
    assertThat(texts(brennan)).containsExactly("Harold J. Brennan");
  }

  @Test
  void recognize_portfolioAfterATitle_staysOutsideThePerson() {
    List<Entity> entities = recognize(null,
        "Secretary of State Margaret Ellison flew to Oslo, and Minister of Foreign Affairs"
            + " Tomas Varga joined her there.");
    assertThat(find(entities, EntityType.PERSON, "Margaret Ellison")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Tomas Varga")).isPresent();
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).noneMatch(t -> t.startsWith("State ") || t.startsWith("Foreign Affairs "));
  }

  @Test
  void recognize_lowercasePrefixedGazetteerName_isFound() {
    List<Entity> entities = recognize(null,
        "Officials said the cell had links to al-Qaida and had trained in the desert.");
    Entity group = find(entities, EntityType.ORGANIZATION, "al-Qaeda").orElseThrow();
    assertThat(texts(group)).containsExactly("al-Qaida");
  }

  @Test
  void recognize_knownBodyBeforeAnOrganisation_isOneOrganisation() {
    List<Entity> entities = recognize(null,
        "The U.N. World Food Program sent grain to the region, and EU Border Assistance Mission"
            + " staff watched the crossing.");
    List<String> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(orgs).contains("U.N. World Food Program").doesNotContain("U.N.");
  }

  @Test
  void recognize_lowercaseWordAtTheEdgeOfAPlace_staysOutside() {
    List<Entity> entities = recognize(null,
        "Fighting spread across southern Kandahar and north Rakhine State this week.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).contains("Kandahar").noneMatch(t -> t.startsWith("southern")
        || t.startsWith("north "));
  }

  @Test
  void recognize_twoPeopleJoinedByAnd_areTwoPersons() {
    List<Entity> entities = recognize(null,
        "The court freed Daniel Mercer and Laura Whitfield after a week in custody.");
    assertThat(find(entities, EntityType.PERSON, "Daniel Mercer")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Laura Whitfield")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().contains(" and "));
  }

  @Test
  void recognize_departmentFollowedByAnotherName_isTheMinistryAlone() {
    List<Entity> entities = recognize(null,
        "The U.S. Department of Homeland Security and the State Department issued a joint"
            + " statement on Friday.");
    Entity dhs = find(entities, EntityType.MINISTRY, "Department of Homeland Security")
        .orElseThrow();
    assertThat(texts(dhs)).containsExactly("U.S. Department of Homeland Security");
    assertThat(find(entities, EntityType.MINISTRY, "Department of State")).isPresent();
  }

  @Test
  void recognize_organisationAndAnotherName_areTwoOrganisations() {
    List<Entity> entities = recognize(null,
        "Nurses from the World Health Organization and Doctors Without Borders reached the camp.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).contains("World Health Organization").noneMatch(t -> t.contains(" and "));
  }

  @Test
  void recognize_listedOrganisationAndAnother_areTwoOrganisations() {
    List<Entity> entities = recognize(null,
        "Experts from the OECD and UNESCO will review the new school curriculum in March.");
    assertThat(find(entities, EntityType.ORGANIZATION,
        "Organisation for Economic Co-operation and Development")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "UNESCO")).isPresent();
    assertThat(entities).noneMatch(e -> texts(e).stream().anyMatch(t -> t.contains(" and ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fatah", "Islamic Jihad", "Boko Haram", "al-Shabaab", "TASS",
      "Agence France-Presse", "Al Jazeera", "Likud", "Greenpeace", "Walmart", "Knesset",
      "Lashkar-e-Taiba", "Parliament"})
  void recognize_organisationInTheNews_isAnOrganisation(String name) {
    List<Entity> entities = recognize(null,
        "On Sunday a statement attributed to " + name + " was read out in the square.");
    assertThat(find(entities, EntityType.ORGANIZATION, name)).isPresent();
  }

  @Test
  void recognize_countryNameAsAFirstNameAfterATitle_isAPersonAndLaterTheCountry() {
    List<Entity> entities = recognize(null, "Defence Minister Israel Katz visited the border"
        + " on Monday. Israel later said the crossing would reopen.");
    assertThat(find(entities, EntityType.PERSON, "Israel Katz")).isPresent();
    Entity israel = find(entities, EntityType.COUNTRY, "Israel").orElseThrow();
    assertThat(israel.countryCode()).isEqualTo("IL");
    assertThat(texts(israel)).containsExactly("Israel");
  }

  @Test
  void recognize_countryNameAsAFirstNameAfterALowercaseTitle_isAPerson() {
    List<Entity> entities = recognize(null, "The defence minister Israel Katz said on Monday"
        + " that talks would resume.");
    assertThat(find(entities, EntityType.PERSON, "Israel Katz")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Israel")).isEmpty();
  }

  @Test
  void recognize_scoreAfterATeam_staysOutsideTheName() {
    List<Entity> entities = recognize(null, "Spain beat Italy 2-1 in Berlin on Saturday night.");
    assertThat(find(entities, EntityType.COUNTRY, "Italy")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().contains("2-1"));
  }

  @Test
  void recognize_cityWithAttachedPossessive_isAPlace() {
    List<Entity> entities = recognize(null,
        "The delegation landed at Amman's main airport before dawn.");
    assertThat(texts(find(entities, EntityType.LOCATION, "Amman").orElseThrow()))
        .containsExactly("Amman");
  }

  @Test
  void recognize_religiousAndEthnicGroups_areNoEntitiesButNamesWithThemAre() {
    List<Entity> entities = recognize(null,
        "Sunni Muslims and Kurds marched in Erbil, where Roman Catholics joined them; the Arab"
            + " League sent observers to Western Sahara.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("Sunni Muslims", "Sunni", "Muslims", "Kurds",
        "Roman Catholics", "Catholics");
    assertThat(all).contains("Arab League", "Western Sahara");
  }

  @Test
  void recognize_fileNamesAndAddresses_areNoEntities() {
    List<Entity> entities = recognize(null,
        "Maria Lind of Nordhavn Energy attached CrudeStocks.pdf and HarbourRates.xlsx, asked readers"
            + " to write to Press.Desk@nordhavn.example and to visit www.NordhavnEnergy.example.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).noneMatch(t -> t.contains(".pdf") || t.contains(".xlsx") || t.contains("@")
        || t.startsWith("www."));
    assertThat(all).contains("Maria Lind");
  }

  @Test
  void recognize_erasTimesAndEverydayAbbreviations_areNoEntities() {
    List<Entity> entities = recognize(null,
        "The temple was built around 450 BC and the museum opens at 9 AM, said Helen Marsh, QC,"
            + " who told the CEO that HIV testing and a DVD of the tour were free.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("BC", "AM", "QC", "CEO", "HIV", "DVD");
    assertThat(all).contains("Helen Marsh");
  }

  @Test
  void recognize_demonymBeforeANamedOrganisation_isPartOfIt() {
    List<Entity> entities = recognize(null,
        "Votes for the Australian Labor Party rose in Perth, while the Iraqi Islamic Party stayed"
            + " out of the talks.");
    List<String> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(orgs).contains("Australian Labor Party", "Iraqi Islamic Party");
  }

  @Test
  void recognize_twoPlacesJoinedByAndInsideAnOrganisationName_stayOneName() {
    List<Entity> entities = recognize(null,
        "Voters backed the Charity Commission for England and Wales, which opened an inquiry.");
    List<String> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(orgs).contains("Charity Commission for England and Wales");
  }

  @Test
  void recognize_partyMemberOrTitleBeforeAName_staysOutsideThePerson() {
    List<Entity> entities = recognize(null,
        "Incumbent Democrat Carl Levin won the seat, and General Douglas MacArthur withdrew.");
    List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(people).contains("Carl Levin", "Douglas MacArthur");
  }

  @Test
  void recognize_roleAfterAnOrganisationName_staysOutside() {
    List<Entity> entities = recognize(null,
        "He was the only Conservative Party of Canada MP from the province after the vote.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Conservative Party of Canada"))
        .isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tasmania", "Punjab", "Helmand", "Mindanao", "Tigray", "Xinjiang",
      "Nova Scotia", "Tahrir Square"})
  void recognize_provinceOrRegionInTheNews_isALocation(String name) {
    List<Entity> entities = recognize(null,
        "Floods hit " + name + " on Sunday, and thousands were moved to shelters.");
    assertThat(find(entities, EntityType.LOCATION, name)).isPresent();
  }

  @Test
  void recognize_placeNameWithAndBeforeAnOrganisationHead_isPartOfTheName() {
    List<Entity> entities = recognize(null,
        "The ruling was upheld by the Newfoundland and Labrador Court of Appeal on Monday.");
    assertThat(find(entities, EntityType.ORGANIZATION,
        "Newfoundland and Labrador Court of Appeal")).isPresent();
  }

  @Test
  void recognize_libraryName_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "The manuscripts were lent by the National Library of Wales for the exhibition.");
    assertThat(find(entities, EntityType.ORGANIZATION, "National Library of Wales")).isPresent();
  }

  @Test
  void recognize_eventsAndTreaties_areNoEntitiesNorTheNamesInside() {
    List<Entity> entities = recognize(null,
        "Veterans of the Korean War met in Seoul to mark the Treaty of Versailles centenary, and"
            + " the Toronto International Film Festival opened.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("Korean War", "Versailles", "Toronto",
        "Toronto International Film Festival");
    assertThat(all).contains("Seoul");
  }

  @Test
  void recognize_countryBeforeALongerEventName_staysACountry() {
    List<Entity> entities = recognize(null,
        "Lindsay Doyle left the U.S. Fed Cup team before the semifinal against Russia.");
    assertThat(find(entities, EntityType.COUNTRY, "United States")).isPresent();
    assertThat(entities.stream().flatMap(e -> texts(e).stream())).doesNotContain("Fed Cup");
  }

  @Test
  void recognize_nameAfterAnHonorific_isAPerson() {
    List<Entity> entities = recognize(null,
        "Mr. Talabani then travelled to Tehran, and Ms. Okonjo met the delegation there.");
    assertThat(find(entities, EntityType.PERSON, "Talabani")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Okonjo")).isPresent();
  }

  @Test
  void recognize_arabicNameWithAlPrefix_isAPerson() {
    List<Entity> entities = recognize(null,
        "Police arrested Abu Farraj al-Libbi near the border on Monday.");
    assertThat(find(entities, EntityType.PERSON, "Abu Farraj al-Libbi")).isPresent();
  }

  @Test
  void recognize_newspaperName_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "The report appeared in the Sydney Morning Herald and the Chicago Tribune on Friday.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Sydney Morning Herald")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Chicago Tribune")).isPresent();
  }

  @Test
  void recognize_knownGivenNameAndSurname_isAPersonWhateverTheirTags() {
    // The tagger reads "Trump" here as a verb, and the model then misses the name.
    List<Entity> entities = recognize(null,
        "The king met Donald Trump at the summit. Trump praised the talks.");
    Entity trump = find(entities, EntityType.PERSON, "Donald Trump").orElseThrow();
    assertThat(texts(trump)).containsExactly("Donald Trump", "Trump");
  }

  @Test
  void recognize_knownNamesBesideOtherNames_stayWhatTheyAre() {
    List<Entity> entities = recognize(null, "Justice Thomas wrote the opinion. The minister"
        + " arrived in Venice Sunday, and later visited George Washington University.");
    assertThat(find(entities, EntityType.PERSON, "Thomas")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().equals("Justice Thomas")
        || e.name().equals("Venice Sunday") || e.name().equals("George Washington"));
    assertThat(find(entities, EntityType.LOCATION, "Venice")).isPresent();
  }

  @Test
  void recognize_bigCityInsideASentence_isAPlaceWhateverItsTag() {
    // "Kyiv" after "travelled to" is tagged VERB.
    List<Entity> entities = recognize(null,
        "The delegation travelled to Kyiv with a pledge of new loans.");
    assertThat(find(entities, EntityType.LOCATION, "Kyiv")).isPresent();
  }

  @Test
  void recognize_countryInAHyphenatedAdjective_isNoPartOfTheNameAfterIt() {
    List<Entity> entities = recognize(null,
        "Singapore-based Harbourline Group reported a rise in profit.");
    Entity singapore = find(entities, EntityType.COUNTRY, "Singapore").orElseThrow();
    assertThat(texts(singapore)).containsExactly("Singapore");
    assertThat(find(entities, EntityType.ORGANIZATION, "Harbourline Group")).isPresent();
  }

  @Test
  void recognize_nameEndingInCo_isAnOrganisationWhateverItStartsWith() {
    List<Entity> entities = recognize(null,
        "On Monday shares of Taiwan Precision Bearing Co rose.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Taiwan Precision Bearing Co")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.COUNTRY);
  }

  @Test
  void recognize_agencyNamedAdministration_isOneOrganisation() {
    List<Entity> entities = recognize(null,
        "The Federal Aviation Administration cleared the launch on Friday.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Federal Aviation Administration"))
        .isPresent();
  }
}
