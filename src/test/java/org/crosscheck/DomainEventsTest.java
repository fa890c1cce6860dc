package org.crosscheck;

import org.crosscheck.account.AccountEvents.UserCreated;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.CommentEvents.CommentAdded;
import org.crosscheck.annotation.CommentEvents.CommentEdited;
import org.crosscheck.annotation.CommentEvents.ThreadResolved;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.CommentDetails;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleDetails;
import org.crosscheck.article.ArticleEvents.ArticleDeleted;
import org.crosscheck.article.ArticleEvents.ArticleDetailsChanged;
import org.crosscheck.article.ArticleEvents.ArticleImported;
import org.crosscheck.article.ArticleEvents.ArticleTextFrozen;
import org.crosscheck.article.ArticleEvents.ArticleTrimmed;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainEvent;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectEvents.MemberAdded;
import org.crosscheck.project.ProjectEvents.MemberRemoved;
import org.crosscheck.project.ProjectEvents.MemberRoleChanged;
import org.crosscheck.project.ProjectEvents.ProjectCreated;
import org.crosscheck.project.ProjectEvents.ProjectDeleted;
import org.crosscheck.project.ProjectEvents.ProjectDetailsChanged;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ReviewEvents.ContradictionCreated;
import org.crosscheck.review.ReviewEvents.ContradictionExtended;
import org.crosscheck.review.ReviewEvents.ContradictionSpanRemoved;
import org.crosscheck.review.ReviewEvents.ContradictionStatusChanged;
import org.crosscheck.review.SpanValues;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * Every write of a service publishes exactly one {@link DomainEvent} per change it makes, with the
 * values before and after: what the audit trail, live updates and suggestions are built on.
 */
@DatabaseTest
@RecordApplicationEvents
class DomainEventsTest {

    @Autowired TestData data;
    @Autowired ApplicationEvents events;
    @Autowired AccountService accounts;
    @Autowired ProjectService projects;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ContradictionService contradictions;
    @Autowired org.crosscheck.account.AccessTokenService tokens;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String lead;
    String reviewer;
    long leadId;
    long reviewerId;
    long projectId;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(projectId, lead, "001-un-news-scoop.txt", "UN News");
        leadId = as(lead, () -> accounts.me()).id();
        reviewerId = as(reviewer, () -> accounts.me()).id();
    }

    /** Runs the write and returns the one domain event it published, checked to be of the type and by the user. */
    private <E extends DomainEvent> E only(Class<E> type, long byUserId, Runnable write) {
        List<DomainEvent> published = published(write);
        assertThat(published).as("domain events published").hasSize(1);
        return checked(type, byUserId, published.getFirst());
    }

    /**
     * The events the write published; and, for each, exactly one audit entry with its action and
     * target, in the same order (the audit trail listens to these very events).
     */
    private List<DomainEvent> published(Runnable write) {
        events.clear();
        long head = jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
        write.run();
        List<DomainEvent> published = events.stream(DomainEvent.class).toList();
        List<String> audited = jdbc.queryForList(
                "select action || ' ' || coalesce(target_type, '') || ' ' || coalesce(cast(target_id as varchar(20)), '') "
                        + "from audit_entry where seq > ? and action not like 'login.%' order by seq", String.class, head);
        assertThat(audited).as("one audit entry per event").containsExactlyElementsOf(published.stream()
                .map(e -> e.subjectType() + "." + e.action() + " " + e.subjectType() + " " + e.subjectId()).toList());
        return published;
    }

    private static <E extends DomainEvent> E checked(Class<E> type, long byUserId, DomainEvent event) {
        assertThat(event).isInstanceOf(type);
        assertThat(event.byUserId()).isEqualTo(byUserId);
        assertThat(event.subjectType()).isNotBlank();
        assertThat(event.action()).isNotBlank();
        return type.cast(event);
    }

    @Test
    void accountsAndProjects() {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        long adminId = RunAs.admin("admin", () -> accounts.findByUsername("admin")).orElseThrow().id();
        UserCreated user = only(UserCreated.class, adminId, () -> RunAs.admin("admin",
                () -> accounts.createUser(name, "New Person", TestData.PASSWORD, GlobalRole.USER)));
        assertThat(user).extracting(UserCreated::username, UserCreated::displayName, UserCreated::role)
                .containsExactly(name, "New Person", GlobalRole.USER);
        assertThat(user.toString()).doesNotContain(TestData.PASSWORD);

        ProjectCreated project = only(ProjectCreated.class, leadId, () -> run(lead, () -> projects.create("P", "About")));
        assertThat(project).extracting(ProjectCreated::name, ProjectCreated::description).containsExactly("P", "About");
        assertThat(project.subjectId()).isEqualTo(project.projectId());

        MemberAdded added = only(MemberAdded.class, leadId,
                () -> run(lead, () -> projects.setMember(projectId, name, ProjectRole.OBSERVER)));
        assertThat(added.role()).isEqualTo(ProjectRole.OBSERVER);
        MemberRoleChanged changed = only(MemberRoleChanged.class, leadId,
                () -> run(lead, () -> projects.setMember(projectId, name, ProjectRole.REVIEWER)));
        assertThat(changed).extracting(MemberRoleChanged::from, MemberRoleChanged::to)
                .containsExactly(ProjectRole.OBSERVER, ProjectRole.REVIEWER);
        assertThat(published(() -> run(lead, () -> projects.setMember(projectId, name, ProjectRole.REVIEWER))))
                .as("no change, no event").isEmpty();
        MemberRemoved removed = only(MemberRemoved.class, leadId,
                () -> run(lead, () -> projects.removeMember(projectId, user.userId())));
        assertThat(removed).extracting(MemberRemoved::userId, MemberRemoved::role)
                .containsExactly(user.userId(), ProjectRole.REVIEWER);
    }

    @Test
    void accessTokens() {
        var made = new java.util.concurrent.atomic.AtomicReference<org.crosscheck.account.NewAccessToken>();
        org.crosscheck.account.AccountEvents.TokenCreated created = only(org.crosscheck.account.AccountEvents.TokenCreated.class,
                reviewerId, () -> run(reviewer, () -> made.set(tokens.create("script", org.crosscheck.account.TokenScope.READ, 30))));
        assertThat(created).extracting(e -> e.name(), e -> e.scope(), e -> e.userId())
                .containsExactly("script", org.crosscheck.account.TokenScope.READ, reviewerId);
        assertThat(created.toString()).as("never the token").doesNotContain(made.get().token());
        org.crosscheck.account.AccountEvents.TokenRevoked revoked = only(org.crosscheck.account.AccountEvents.TokenRevoked.class,
                reviewerId, () -> run(reviewer, () -> tokens.revoke(made.get().summary().id())));
        assertThat(revoked.tokenId()).isEqualTo(made.get().summary().id());
        assertThat(published(() -> run(reviewer, () -> tokens.revoke(made.get().summary().id()))))
                .as("revoked already: no change, no event").isEmpty();
        assertThatThrownBy(() -> run(lead, () -> tokens.revoke(made.get().summary().id())))
                .as("someone else's token is not found").isInstanceOf(org.crosscheck.base.NotFoundException.class);
        assertThat(tokens.authenticate(made.get().token())).as("a revoked token authenticates nobody").isEmpty();
    }

    @Test
    void articles() {
        String text = "Menu\nNearly 8,000 people were detained.\nRelated";
        ArticleImported imported = only(ArticleImported.class, leadId,
                () -> data.article(projectId, lead, "Scrape", text));
        assertThat(imported.details().title()).isEqualTo("Scrape");
        assertThat(imported.length()).isEqualTo(text.length());
        long id = imported.articleId();

        ArticleContent before = as(lead, () -> articles.get(id));
        ArticleDetailsChanged details = only(ArticleDetailsChanged.class, leadId, () -> run(lead,
                () -> articles.updateDetails(id, new ArticleDetails("Detained", "Outlet", "https://example.org/a",
                        LocalDate.of(2022, 1, 8), "Jane Doe, Staff Reporter", null), before.version())));
        assertThat(details.before()).isEqualTo(new ArticleDetails("Scrape", "Scrape Outlet", null, LocalDate.of(2022, 1, 7), null, null));
        assertThat(details.after()).isEqualTo(new ArticleDetails("Detained", "Outlet", "https://example.org/a",
                LocalDate.of(2022, 1, 8), "Jane Doe, Staff Reporter", null));

        long version = as(lead, () -> articles.get(id)).version();
        ArticleTrimmed trimmed = only(ArticleTrimmed.class, leadId, () -> run(lead, () -> articles.trim(id, 1, 1, version)));
        assertThat(trimmed).extracting(ArticleTrimmed::firstKept, ArticleTrimmed::lastKept, ArticleTrimmed::paragraphsBefore)
                .containsExactly(1, 1, 3);
        assertThat(trimmed.oldContentHash()).isNotEqualTo(trimmed.newContentHash());

        // The first annotation is two changes: the text freezes, the annotation is made.
        List<DomainEvent> first = published(() -> run(reviewer, () -> annotations.create(id, AnnotationKind.NOTE, 0, 6,
                AnnotationFields.note("first"))));
        assertThat(first).hasSize(2);
        checked(ArticleTextFrozen.class, reviewerId, first.get(0));
        AnnotationDetails note = as(reviewer, () -> annotations.get(checked(AnnotationCreated.class, reviewerId,
                first.get(1)).annotationId()));
        CommentDetails comment = as(reviewer, () -> comments.add(note.id(), "a comment"));

        ArticleDeleted deleted = only(ArticleDeleted.class, leadId, () -> run(lead, () -> articles.delete(id)));
        assertThat(deleted.details().title()).isEqualTo("Detained");
        assertThat(deleted.annotationIds()).containsExactly(note.id());
        assertThat(deleted.commentIds()).containsExactly(comment.id());
        assertThat(deleted.contradictionSpanIds()).isEmpty();
    }

    @Test
    void annotationsAndComments() {
        SpanValues police = span(arabNews, "12 police officers");
        run(reviewer, () -> annotations.create(arabNews, AnnotationKind.NOTE, 0, 5, AnnotationFields.note("freezes")));
        AnnotationCreated created = only(AnnotationCreated.class, reviewerId, () -> run(reviewer,
                () -> annotations.create(arabNews, AnnotationKind.FIGURE, police.start(), police.end(),
                        AnnotationFields.figure(new BigDecimal(12), null, "police officers killed"))));
        assertThat(created.span().exact()).isEqualTo("12 police officers");
        assertThat(created.fields().figureCounts()).isEqualTo("police officers killed");

        AnnotationDetails figure = as(reviewer, () -> annotations.get(created.annotationId()));
        AnnotationUpdated updated = only(AnnotationUpdated.class, reviewerId, () -> run(reviewer,
                () -> annotations.update(figure.id(), AnnotationFields.figure(new BigDecimal(12), null, "officers killed"),
                        figure.version())));
        assertThat(updated.before().figureCounts()).isEqualTo("police officers killed");
        assertThat(updated.after().figureCounts()).isEqualTo("officers killed");

        CommentAdded added = only(CommentAdded.class, reviewerId, () -> run(reviewer, () -> comments.add(figure.id(), "Source?")));
        assertThat(added.body()).isEqualTo("Source?");
        assertThat(added.subjectId()).isEqualTo(added.commentId()).isNotEqualTo(figure.id());
        CommentDetails comment = as(reviewer, () -> comments.thread(figure.id())).comments().getFirst();
        CommentEdited edited = only(CommentEdited.class, reviewerId,
                () -> run(reviewer, () -> comments.edit(comment.id(), "Source, please?", comment.version())));
        assertThat(edited).extracting(CommentEdited::before, CommentEdited::after).containsExactly("Source?", "Source, please?");
        ThreadResolved resolved = only(ThreadResolved.class, leadId, () -> run(lead, () -> comments.setResolved(figure.id(), true)));
        assertThat(resolved.action()).isEqualTo("resolved");

        AnnotationDeleted deleted = only(AnnotationDeleted.class, leadId, () -> run(lead, () -> annotations.delete(figure.id())));
        assertThat(deleted.fields().figureCounts()).isEqualTo("officers killed");
        assertThat(deleted.span().exact()).isEqualTo("12 police officers");
        assertThat(deleted.authorId()).isEqualTo(reviewerId);
    }

    @Test
    void contradictions() {
        // Three changes: both texts freeze (the first anchors in them), the contradiction is made.
        List<DomainEvent> creation = published(() -> run(reviewer,
                () -> contradictions.create(projectId, ContradictionCategory.FIGURE_MISMATCH, "injured",
                        List.of(ref(arabNews, "More than 1,000 people"), ref(unNews, "almost 1,000 people")))));
        assertThat(creation).hasSize(3);
        assertThat(List.of(checked(ArticleTextFrozen.class, reviewerId, creation.get(0)).articleId(),
                checked(ArticleTextFrozen.class, reviewerId, creation.get(1)).articleId())).containsExactly(arabNews, unNews);
        ContradictionCreated created = checked(ContradictionCreated.class, reviewerId, creation.get(2));
        assertThat(created.note()).isEqualTo("injured");
        assertThat(created.spans()).extracting(SpanValues::exact)
                .containsExactly("More than 1,000 people", "almost 1,000 people");
        long id = created.contradictionId();

        long republic = data.fixtureArticle(projectId, lead, "002-republic-world.txt", "Republic World");
        // Linking the third outlet freezes its text first: a change of its own.
        List<DomainEvent> extension = published(() -> run(reviewer,
                () -> contradictions.addSpans(id, List.of(ref(republic, "around 1,000 people")))));
        assertThat(extension).hasSize(2);
        checked(ArticleTextFrozen.class, reviewerId, extension.get(0));
        ContradictionExtended extended = checked(ContradictionExtended.class, reviewerId, extension.get(1));
        assertThat(extended.added()).extracting(SpanValues::exact).containsExactly("around 1,000 people");

        ContradictionSpanRemoved removed = only(ContradictionSpanRemoved.class, reviewerId,
                () -> run(reviewer, () -> contradictions.removeSpan(extended.added().getFirst().spanId())));
        assertThat(removed.span().exact()).isEqualTo("around 1,000 people");

        ContradictionDetails now = as(reviewer, () -> contradictions.get(id));
        ContradictionStatusChanged status = only(ContradictionStatusChanged.class, leadId, () -> run(lead,
                () -> contradictions.changeStatus(id, ContradictionStatus.CONFIRMED, "checked", now.version())));
        assertThat(status).extracting(ContradictionStatusChanged::from, ContradictionStatusChanged::to,
                ContradictionStatusChanged::reason).containsExactly(ContradictionStatus.OPEN, ContradictionStatus.CONFIRMED,
                "checked");
    }

    @Test
    void projectsAreRenamedAndDeletedWithEverythingInThem() {
        long version = as(lead, () -> projects.get(projectId)).version();
        ProjectDetailsChanged renamed = only(ProjectDetailsChanged.class, leadId,
                () -> run(lead, () -> projects.updateDetails(projectId, "Kazakhstan, January 2022", "Casualty figures", version)));
        assertThat(renamed.nameAfter()).isEqualTo("Kazakhstan, January 2022");
        assertThat(renamed.descriptionAfter()).isEqualTo("Casualty figures");
        assertThat(renamed.nameBefore()).startsWith("Project ");

        assertThatThrownBy(() -> run(reviewer, () -> projects.delete(projectId, "Kazakhstan, January 2022")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(lead, () -> projects.delete(projectId, "Kazakhstan")))
                .isInstanceOf(DomainException.class).hasMessageContaining("Type the project's name exactly");
        AnnotationDetails note = as(reviewer, () -> annotations.create(arabNews, AnnotationKind.NOTE, 0, 5,
                AnnotationFields.note("goes with the project")));

        ProjectDeleted deleted = only(ProjectDeleted.class, leadId,
                () -> run(lead, () -> projects.delete(projectId, " Kazakhstan, January 2022 ")));
        assertThat(deleted.articleIds()).containsExactlyInAnyOrder(arabNews, unNews);
        assertThat(deleted.memberIds()).contains(leadId, reviewerId);
        assertThatThrownBy(() -> run(lead, () -> projects.get(projectId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(lead, () -> annotations.get(note.id()))).isInstanceOf(NotFoundException.class);
    }

    private org.crosscheck.review.SpanRef ref(long articleId, String exact) {
        return data.span(lead, articleId, exact);
    }

    private SpanValues span(long articleId, String exact) {
        org.crosscheck.review.SpanRef ref = ref(articleId, exact);
        return new SpanValues(0, articleId, ref.start(), ref.end(), exact, null);
    }
}
