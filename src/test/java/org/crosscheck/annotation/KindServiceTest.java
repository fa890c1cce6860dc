package org.crosscheck.annotation;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.annotation.KindDraft.FieldDraft;
import org.crosscheck.annotation.KindEvents.KindDefined;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.SearchQuery;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** A project's own kinds: defined by a lead, used like the built-in ones, changed without losing a value. */
@DatabaseTest
@RecordApplicationEvents
class KindServiceTest {

    private static final String WORDS = "12 police officers";

    @Autowired TestData data;
    @Autowired KindService kinds;
    @Autowired AnnotationService annotations;
    @Autowired ArticleService articles;
    @Autowired ApplicationEvents events;

    String lead;
    String reviewer;
    long projectId;
    long articleId;
    int start;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        start = as(lead, () -> articles.get(articleId)).text().indexOf(WORDS);
    }

    private KindDescription claim() {
        return as(lead, () -> kinds.define(projectId, new KindDraft("Claim", KindColour.ROSE, "l", List.of(
                new FieldDraft(null, "Claimant", FieldType.PERSON, true, List.of()),
                new FieldDraft(null, "Verdict", FieldType.CHOICE, false, List.of("true", "false", "misleading"))))));
    }

    @Test
    void aLeadDefinesAKindThatMembersSeeBesideTheBuiltInOnes() {
        KindDescription claim = claim();
        assertThat(claim.id()).startsWith("kind-");
        assertThat(claim.fields()).extracting(KindField::label).containsExactly("Claimant", "Verdict");
        List<KindDescription> seen = as(reviewer, () -> kinds.kindsOf(projectId));
        assertThat(seen).extracting(KindDescription::name).containsExactly("Quote", "Figure", "Note", "Claim");
        assertThat(events.stream(KindDefined.class)).anyMatch(e -> e.after().name().equals("Claim"));
    }

    @Test
    void onlyALeadDefinesKindsAndAnOutsiderCannotTellTheProjectExists() {
        String outsider = data.user("outsider");
        KindDraft draft = new KindDraft("Source", KindColour.TEAL, null, List.of());
        assertThatThrownBy(() -> run(reviewer, () -> kinds.define(projectId, draft))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(outsider, () -> kinds.kindsOf(projectId))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void keysAndNamesTheReaderAlreadyUsesAreRefusedOnTheirField() {
        claim();
        assertThatThrownBy(() -> run(lead, () -> kinds.define(projectId, new KindDraft("Source", KindColour.TEAL, "q",
                List.of())))).isInstanceOf(DomainException.class).hasMessageContaining("Q")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("shortcut");
        assertThatThrownBy(() -> run(lead, () -> kinds.define(projectId, new KindDraft("Source", KindColour.TEAL, "L",
                List.of())))).isInstanceOf(DomainException.class).hasMessageContaining("already uses the key L");
        assertThatThrownBy(() -> run(lead, () -> kinds.define(projectId, new KindDraft("quote", KindColour.TEAL, null,
                List.of())))).isInstanceOf(DomainException.class).hasMessageContaining("built-in");
        assertThatThrownBy(() -> run(lead, () -> kinds.define(projectId, new KindDraft("Source", KindColour.TEAL, null,
                List.of(new FieldDraft(null, "Verdict", FieldType.CHOICE, false, List.of("only one"))))))).isInstanceOf(
                DomainException.class).hasMessageContaining("at least two choices");
    }

    @Test
    void aNumberWithAHugeExponentIsRefusedAtOnceNotWrittenOutDigitByDigit() {
        KindDescription count = as(lead, () -> kinds.define(projectId, new KindDraft("Count", KindColour.OLIVE, null,
                List.of(new FieldDraft(null, "Amount", FieldType.NUMBER, true, List.of())))));
        String amount = count.fields().getFirst().key();
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, count.id(), start, start + 2,
                AnnotationFields.ofValues(Map.of(amount, "1e999999999"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start, start + 2,
                AnnotationFields.figure(new java.math.BigDecimal("1e999999999"), null, "people")))).isInstanceOf(
                DomainException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start, start + 2,
                AnnotationFields.figure(new java.math.BigDecimal("1e-100000000"), null, "people")))).isInstanceOf(
                DomainException.class).hasMessageContaining("decimal places");
    }

    @Test
    void aKindLongerThanItsStorageIsRefusedWithTheReasonNotAServerError() {
        List<String> choices = java.util.stream.IntStream.range(0, 50).mapToObj(i -> ("choice " + i + " ").repeat(9)).toList();
        List<FieldDraft> fields = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new FieldDraft(null, "Field " + i, FieldType.CHOICE, false, choices)).toList();
        assertThatThrownBy(() -> run(lead, () -> kinds.define(projectId, new KindDraft("Huge", KindColour.SLATE, null,
                fields)))).isInstanceOf(DomainException.class).hasMessageContaining("too long to keep");
        assertThat(as(lead, () -> kinds.projectKinds(projectId))).isEmpty();
    }

    @Test
    void anAnnotationOfAProjectKindKeepsItsValuesAndIsCheckedAgainstTheDescription() {
        KindDescription claim = claim();
        String claimant = claim.fields().get(0).key();
        String verdict = claim.fields().get(1).key();
        AnnotationDetails made = as(reviewer, () -> annotations.create(articleId, claim.id(), start, start + WORDS.length(),
                AnnotationFields.ofValues(Map.of(claimant, "  Interior Ministry ", verdict, "FALSE"))));
        assertThat(made.kind()).isEqualTo(AnnotationKind.CUSTOM);
        assertThat(made.kindName()).isEqualTo("Claim");
        assertThat(made.fields().value(claimant)).isEqualTo("Interior Ministry");
        assertThat(made.fields().value(verdict)).isEqualTo("false");
        assertThat(made.summary()).isEqualTo("Claimant: Interior Ministry · Verdict: false");

        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, claim.id(), start, start + 2,
                AnnotationFields.ofValues(Map.of(verdict, "false"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Claimant is required");
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, claim.id(), start, start + 2,
                AnnotationFields.ofValues(Map.of(claimant, "X", verdict, "maybe"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("one of: true, false, misleading");
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, claim.id(), start, start + 2,
                AnnotationFields.ofValues(Map.of(claimant, "X", "f99", "y"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("not a field of Claim");
        // Found by what its fields say.
        assertThat(as(reviewer, () -> annotations.search(projectId, new SearchQuery("interior ministry"), 10)))
                .extracting(AnnotationDetails::id).containsExactly(made.id());
    }

    @Test
    void anotherProjectsKindCannotBeUsedHere() {
        KindDescription claim = claim();
        long otherProject = data.project(lead);
        long otherArticle = data.article(otherProject, lead, "Other", "Twelve police officers were killed.");
        assertThatThrownBy(() -> run(lead, () -> annotations.create(otherArticle, claim.id(), 0, 6,
                AnnotationFields.ofValues(Map.of(claim.fields().get(0).key(), "X"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("no kind");
    }

    @Test
    void renamingAFieldKeepsItsValuesAndRemovingOneArchivesIt() {
        KindDescription claim = claim();
        String claimant = claim.fields().get(0).key();
        String verdict = claim.fields().get(1).key();
        AnnotationDetails made = as(reviewer, () -> annotations.create(articleId, claim.id(), start, start + WORDS.length(),
                AnnotationFields.ofValues(Map.of(claimant, "Interior Ministry", verdict, "false"))));

        // "Claimant" becomes "Who claims it"; "Verdict" is removed; "Checked" is new.
        KindDescription changed = as(lead, () -> kinds.change(projectId, claim.id(), new KindDraft("Claim",
                KindColour.VIOLET, "l", List.of(new FieldDraft(claimant, "Who claims it", FieldType.PERSON, true, List.of()),
                new FieldDraft(null, "Checked", FieldType.YES_NO, false, List.of()))), claim.version()));
        assertThat(changed.field(claimant).orElseThrow().label()).isEqualTo("Who claims it");
        assertThat(changed.field(verdict).orElseThrow().archived()).isTrue();
        assertThat(changed.activeFields()).extracting(KindField::label).containsExactly("Who claims it", "Checked");

        AnnotationDetails read = as(reviewer, () -> annotations.get(made.id()));
        assertThat(read.fields().value(claimant)).isEqualTo("Interior Ministry");
        assertThat(read.fields().value(verdict)).isEqualTo("false");
        assertThat(read.summary()).contains("Who claims it: Interior Ministry").contains("Verdict (archived): false");

        // An edit cannot drop or change an archived value.
        AnnotationDetails edited = as(reviewer, () -> annotations.update(made.id(), AnnotationFields.ofValues(Map.of(
                claimant, "Ministry", changed.activeFields().get(1).key(), "yes")), read.version()));
        assertThat(edited.fields().value(verdict)).isEqualTo("false");
        assertThat(edited.fields().value(changed.activeFields().get(1).key())).isEqualTo("yes");
        AnnotationUpdated updated = events.stream(AnnotationUpdated.class).reduce((a, b) -> b).orElseThrow();
        assertThat(updated.kindName()).isEqualTo("Claim");
        assertThat(updated.fieldLabels()).containsEntry(claimant, "Who claims it");

        // A stale edit of the kind is refused, and a kind in use is not deleted.
        assertThatThrownBy(() -> run(lead, () -> kinds.change(projectId, claim.id(), KindDraft.of(changed), claim.version())))
                .isInstanceOf(org.crosscheck.base.ConcurrentEditException.class);
        assertThatThrownBy(() -> run(lead, () -> kinds.delete(projectId, claim.id()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("used by 1 annotation");
    }

    @Test
    void aKindFromAnotherProjectIsMadeHereWithItsArchivedFieldsOrMatchedByNameWithTheChoicesItLacks() {
        KindDescription foreign = new KindDescription("kind-77", "Claim", KindColour.TEAL, "q", false, List.of(
                KindField.of("f3", "Claimant", FieldType.PERSON, true),
                new KindField("f9", "Old verdict", FieldType.TEXT, false, List.of(), true)), 5);
        long fresh = data.project(lead);
        KindService.AdoptedKind made = as(lead, () -> kinds.adopt(fresh, foreign));
        assertThat(made.kind().shortcut()).as("Q is the reader's own key: not taken over").isNull();
        assertThat(made.kind().colour()).isEqualTo(KindColour.TEAL);
        assertThat(made.kind().fields()).extracting(KindField::label, KindField::archived)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Claimant", false),
                        org.assertj.core.groups.Tuple.tuple("Old verdict", true));
        assertThat(made.translate(Map.of("f3", "Ministry", "f9", "false")).keySet())
                .containsExactlyInAnyOrderElementsOf(made.kind().fields().stream().map(KindField::key).toList());

        KindDescription mine = claim();
        long other = data.project(lead);
        as(lead, () -> kinds.define(other, new KindDraft("claim", KindColour.ROSE, null, List.of(
                new FieldDraft(null, "Verdict", FieldType.CHOICE, false, List.of("true", "false"))))));
        KindService.AdoptedKind matched = as(lead, () -> kinds.adopt(other, mine));
        assertThat(matched.kind().name()).isEqualTo("claim");
        assertThat(matched.kind().field(matched.keys().get(mine.fields().get(1).key())).orElseThrow().choices())
                .containsExactly("true", "false", "misleading");
        assertThatThrownBy(() -> run(reviewer, () -> kinds.adopt(projectId, foreign)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBuiltInKindReadsItsFieldsFromTheSameDescription() {
        AnnotationFields figure = AnnotationFields.figure(new java.math.BigDecimal("12"), FigureQualifier.AT_LEAST,
                "police officers killed");
        assertThat(KindDescription.FIGURE.fields()).extracting(KindField::key)
                .containsExactly("qualifier", "value", "counts", "unit", "note");
        assertThat(figure.valuesOf(KindDescription.FIGURE)).containsEntry("value", "12")
                .containsEntry("qualifier", FigureQualifier.AT_LEAST.label()).containsEntry("counts", "police officers killed");
        // A built-in kind takes no value its description does not name.
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, "QUOTE", start, start + 2,
                new AnnotationFields("Someone", null, null, null, null, null, Map.of("language", "en")))))
                .isInstanceOf(DomainException.class).hasMessageContaining("not a field of Quote");
    }
}
