package org.crosscheck.audit;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.base.DomainEvent;
import org.crosscheck.base.DomainException;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The audit trail (issue 12), on H2 and PostgreSQL: one entry per change, in its transaction, chained. */
@DatabaseTest
@RecordApplicationEvents
class AuditTrailTest {

    @Autowired TestData data;
    @Autowired ApplicationEvents events;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditService audit;
    @Autowired ProjectService projects;
    @Autowired AnnotationService annotations;
    @Autowired org.crosscheck.annotation.KindService kinds;
    @Autowired CommentService comments;
    @Autowired ContradictionService contradictions;
    @Autowired org.springframework.security.authentication.AuthenticationProvider signIn;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;

    TestData.Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    long head() {
        return jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
    }

    List<AuditEntry> since(long seq) {
        return jdbc.query("select " + AuditService.COLUMNS + " from audit_entry where seq > ? order by seq",
                AuditService.ROW, seq);
    }

    AnnotationDetails note(String user, long articleId, String exact, String note) {
        var at = data.span(user, articleId, exact);
        return as(user, () -> annotations.create(articleId, AnnotationKind.NOTE, at.start(), at.end(),
                AnnotationFields.note(note)));
    }

    @Test
    void aProjectKindsValuesAreShownByTheLabelsTheKindGaveThem() {
        var claim = as(team.lead(), () -> kinds.define(team.projectId(), new org.crosscheck.annotation.KindDraft("Claim",
                org.crosscheck.annotation.KindColour.ROSE, null, List.of(new org.crosscheck.annotation.KindDraft.FieldDraft(
                        null, "Verdict", org.crosscheck.annotation.FieldType.CHOICE, true, List.of("true", "false"))))));
        String verdict = claim.fields().getFirst().key();
        var at = data.span(team.reviewer(), arabNews, "More than 1,000 people");
        long start = head();
        AnnotationDetails made = as(team.reviewer(), () -> annotations.create(arabNews, claim.id(), at.start(), at.end(),
                AnnotationFields.ofValues(java.util.Map.of(verdict, "true"))));
        run(team.reviewer(), () -> annotations.update(made.id(), AnnotationFields.ofValues(java.util.Map.of(verdict, "false")),
                made.version()));
        List<AuditEntry> entries = since(start).stream().filter(e -> e.action().startsWith("annotation.")).toList();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("annotation.created", "annotation.updated");
        assertThat(AuditDiff.of(entries.get(1))).filteredOn(AuditDiff.Field::changed)
                .extracting(AuditDiff.Field::name, AuditDiff.Field::before, AuditDiff.Field::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Verdict", "true", "false"));
        assertThat(AuditDiff.of(entries.get(0))).extracting(AuditDiff.Field::name).contains("fields.Verdict")
                .noneMatch(name -> name.startsWith("fieldLabels") || name.startsWith("values."));
        assertThat(AuditDiff.words(entries.get(0))).contains("claim “More than 1,000 people”");
    }

    @Test
    void everyChangeHasExactlyOneEntryWithItsValuesBeforeAndAfter() {
        long start = head();
        events.clear();
        AnnotationDetails made = note(team.reviewer(), arabNews, "More than 1,000 people", "first");
        AnnotationDetails edited = as(team.reviewer(), () -> annotations.update(made.id(), AnnotationFields.note("second"),
                made.version()));
        var comment = as(team.reviewer(), () -> comments.add(made.id(), "A comment"));
        run(team.reviewer(), () -> comments.edit(comment.id(), "A better comment", comment.version()));
        ContradictionDetails c = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.FIGURE_MISMATCH, "Injured", List.of(data.span(team.reviewer(), arabNews, "1,000"),
                        data.span(team.reviewer(), unNews, "dozens"))));
        run(team.lead(), () -> contradictions.changeStatus(c.id(), ContradictionStatus.CONFIRMED, "checked", c.version()));
        run(team.lead(), () -> projects.setMember(team.projectId(), team.observer(), ProjectRole.REVIEWER));
        run(team.reviewer(), () -> annotations.delete(edited.id(), edited.version()));

        List<DomainEvent> published = events.stream(DomainEvent.class).toList();
        List<AuditEntry> written = since(start);
        assertThat(written).extracting(AuditEntry::action)
                .containsExactlyElementsOf(published.stream().map(e -> e.subjectType() + "." + e.action()).toList());
        assertThat(written).extracting(AuditEntry::targetId)
                .containsExactlyElementsOf(published.stream().map(DomainEvent::subjectId).toList());
        assertThat(written).extracting(AuditEntry::seq).as("numbered one after the other")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(start + 1, start + published.size())
                        .boxed().toList());

        AuditEntry created = entry(written, "annotation.created", made.id());
        assertThat(created.actor()).isEqualTo(team.reviewer());
        assertThat(created.projectId()).isEqualTo(team.projectId());
        assertThat(created.articleId()).isEqualTo(arabNews);
        assertThat(created.before()).as("nothing before a creation").isNull();
        assertThat(json(created.after()).get("span").get("exact").asString()).isEqualTo("More than 1,000 people");

        AuditEntry update = entry(written, "annotation.updated", made.id());
        assertThat(json(update.before()).get("note").asString()).isEqualTo("first");
        assertThat(json(update.after()).get("note").asString()).isEqualTo("second");

        AuditEntry commentEdit = entry(written, "comment.edited", comment.id());
        assertThat(commentEdit.actor()).isEqualTo(team.reviewer());
        assertThat(json(commentEdit.before()).get("value").asString()).isEqualTo("A comment");
        assertThat(json(commentEdit.after()).get("value").asString()).isEqualTo("A better comment");

        AuditEntry status = entry(written, "contradiction.status-changed", c.id());
        assertThat(json(status.before()).get("status").asString()).isEqualTo("OPEN");
        assertThat(json(status.after()).get("status").asString()).isEqualTo("CONFIRMED");

        AuditEntry role = entry(written, "member.role-changed", as(team.lead(), () -> projects.members(team.projectId()))
                .stream().filter(m -> m.user().username().equals(team.observer())).findFirst().orElseThrow().user().id());
        assertThat(json(role.before()).get("role").asString()).isEqualTo("OBSERVER");
        assertThat(json(role.after()).get("role").asString()).isEqualTo("REVIEWER");

        AuditEntry deleted = entry(written, "annotation.deleted", made.id());
        assertThat(deleted.after()).as("nothing after a deletion").isNull();
        assertThat(json(deleted.before()).get("fields").get("note").asString()).isEqualTo("second");

        assertThat(RunAs.admin("admin", () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void aChangeThatFailsLeavesNoEntry() {
        long start = head();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            note(team.reviewer(), arabNews, "More than 1,000 people", "made, then the transaction fails");
            throw new IllegalStateException("fails after the change");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> note(team.observer(), arabNews, "More than 1,000 people", "observers may not"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, 5, 5,
                AnnotationFields.note("empty span")))).isInstanceOf(DomainException.class);
        assertThat(head()).isEqualTo(start);
        assertThat(since(start)).isEmpty();
    }

    @Test
    void anEntryChangedOrRemovedInTheDatabaseIsFoundAtExactlyThatEntry() {
        note(team.reviewer(), arabNews, "More than 1,000 people", "one");
        long middle = note(team.reviewer(), arabNews, "dozens", "two").id();
        note(team.reviewer(), unNews, "dozens", "three");
        long seq = jdbc.queryForObject("select seq from audit_entry where action = 'annotation.created' and target_id = ?",
                Long.class, middle);
        assertThat(RunAs.admin("admin", () -> audit.verify())).extracting(AuditVerification::intact, AuditVerification::firstBroken)
                .containsExactly(true, null);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        withTriggerOff(() -> {
            jdbc.update("update audit_entry set after_json = replace(after_json, 'two', 'TWO') where seq = ?", seq);
            assertThat(RunAs.admin("admin", () -> audit.verify())).extracting(AuditVerification::intact,
                    AuditVerification::firstBroken).containsExactly(false, seq);
            jdbc.update("update audit_entry set after_json = ? where seq = ?", row.get("after_json"), seq);
            assertThat(RunAs.admin("admin", () -> audit.verify()).intact()).as("put back").isTrue();

            jdbc.update("delete from audit_entry where seq = ?", seq);
            assertThat(RunAs.admin("admin", () -> audit.verify())).extracting(AuditVerification::intact,
                    AuditVerification::firstBroken).containsExactly(false, seq);
            reinsert(row);
            long last = head();
            Map<String, Object> lastRow = jdbc.queryForMap("select * from audit_entry where seq = ?", last);
            jdbc.update("delete from audit_entry where seq = ?", last);
            assertThat(RunAs.admin("admin", () -> audit.verify()).firstBroken()).as("the last one removed").isEqualTo(last);
            reinsert(lastRow);
        });
        assertThat(RunAs.admin("admin", () -> audit.verify()).intact()).isTrue();
    }

    /**
     * Issue 25: what the database's owner can do without the key. Triggers off, an entry edited,
     * every hash from there on recomputed as the chain was made before keys (plain SHA-256), the
     * head moved to the new last hash: the old check called that intact. The entries are signed
     * with a key the database does not hold, so the check finds the first rewritten entry.
     */
    @Test
    void aChainRewrittenByTheDatabaseOwnerIsFoundAtTheFirstRewrittenEntry() {
        note(team.reviewer(), arabNews, "More than 1,000 people", "one");
        long middle = note(team.reviewer(), arabNews, "dozens", "two").id();
        note(team.reviewer(), unNews, "dozens", "three");
        long seq = jdbc.queryForObject("select seq from audit_entry where action = 'annotation.created' and target_id = ?",
                Long.class, middle);
        List<Map<String, Object>> original = jdbc.queryForList(
                "select seq, after_json, prev_hash, entry_hash from audit_entry where seq >= ? order by seq", seq);
        String headHash = jdbc.queryForObject("select last_hash from audit_head where id = 1", String.class);
        asOwner(() -> {
            jdbc.update("update audit_entry set after_json = replace(after_json, 'two', 'TWO') where seq = ?", seq);
            String prev = jdbc.queryForObject("select prev_hash from audit_entry where seq = ?", String.class, seq);
            for (AuditEntry e : jdbc.query("select " + AuditService.COLUMNS + " from audit_entry where seq >= ? order by seq",
                    AuditService.ROW, seq)) {
                String hash = AuditHash.plain(new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.via(), e.action(),
                        e.projectId(), e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(),
                        e.clientAddress(), prev, null));
                jdbc.update("update audit_entry set prev_hash = ?, entry_hash = ? where seq = ?", prev, hash, e.seq());
                prev = hash;
            }
            jdbc.update("update audit_head set last_hash = ? where id = 1", prev);
            assertThat(jdbc.queryForObject("select after_json from audit_entry where seq = ?", String.class, seq))
                    .contains("TWO");

            assertThat(RunAs.admin("admin", () -> audit.verify())).extracting(AuditVerification::intact,
                    AuditVerification::firstBroken).containsExactly(false, seq);

            for (Map<String, Object> row : original) {
                jdbc.update("update audit_entry set after_json = ?, prev_hash = ?, entry_hash = ? where seq = ?",
                        row.get("after_json"), row.get("prev_hash"), row.get("entry_hash"), row.get("seq"));
            }
            jdbc.update("update audit_head set last_hash = ? where id = 1", headHash);
        });
        assertThat(RunAs.admin("admin", () -> audit.verify()).intact()).as("put back").isTrue();
    }

    @Test
    void onPostgresqlTheDatabaseRefusesToChangeOrRemoveEntries() {
        assumeThat(postgres()).as("the trigger is PostgreSQL's").isTrue();
        note(team.reviewer(), arabNews, "dozens", "kept");
        long seq = head();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone else' where seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", seq)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasMessageContaining("append-only");
        // The head only moves on to the entry just appended (issue 25).
        String headHash = jdbc.queryForObject("select last_hash from audit_head where id = 1", String.class);
        String before = jdbc.queryForObject("select prev_hash from audit_entry where seq = ?", String.class, seq);
        assertThatThrownBy(() -> jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq - 1, before))
                .as("back to the entry before").hasMessageContaining("only moves on");
        assertThatThrownBy(() -> jdbc.update("update audit_head set last_seq = ? where id = 1", seq + 1))
                .as("on to an entry that is not there").hasMessageContaining("only moves on");
        assertThatThrownBy(() -> jdbc.update("update audit_head set last_hash = ? where id = 1", AuditHash.GENESIS))
                .hasMessageContaining("only moves on");
        assertThatThrownBy(() -> jdbc.update("update audit_head set key_check = null where id = 1"))
                .hasMessageContaining("only moves on");
        assertThatThrownBy(() -> jdbc.update("delete from audit_head")).hasMessageContaining("only moves on");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_head")).hasMessageContaining("only moves on");
        assertThatThrownBy(() -> jdbc.update("insert into audit_head (id, last_seq, last_hash) values (2, 0, ?)",
                AuditHash.GENESIS)).hasMessageContaining("only moves on");
        assertThat(jdbc.queryForObject("select last_hash from audit_head where id = 1", String.class)).isEqualTo(headHash);
        assertThat(RunAs.admin("admin", () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void twentyConcurrentWritersLeaveOneUnbrokenChainWithAnEntryPerChange() throws Exception {
        long start = head();
        List<String> writers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String w = data.user("writer");
            data.member(team.projectId(), team.lead(), w, ProjectRole.REVIEWER);
            writers.add(w);
        }
        var at = data.span(team.reviewer(), arabNews, "dozens");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String w : writers) {
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 5; n++) {
                        int k = n;
                        run(w, () -> annotations.create(arabNews, AnnotationKind.NOTE, at.start(), at.end(),
                                AnnotationFields.note(w + " " + k)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<AuditEntry> written = since(start);
        assertThat(written.stream().filter(e -> e.action().equals("article.text-frozen")))
                .as("the fresh article froze once, whoever came first").hasSize(1);
        assertThat(written.stream().filter(e -> e.action().equals("annotation.created"))).hasSize(100);
        assertThat(written.stream().filter(e -> e.action().equals("annotation.created")).map(AuditEntry::targetId).distinct())
                .hasSize(100);
        AuditVerification check = RunAs.admin("admin", () -> audit.verify());
        assertThat(check.intact()).isTrue();
        assertThat(check.firstBroken()).isNull();
    }

    @Test
    void onlyAdministratorsAndLeadsReadTheTrailAndALeadOnlyTheirProjects() {
        note(team.reviewer(), arabNews, "dozens", "in the team's project");
        TestData.Team other = data.team();
        long elsewhere = data.article(other.projectId(), other.lead(), "Elsewhere", "Nothing to see here at all.");
        note(other.reviewer(), elsewhere, "Nothing", "in another project");

        assertThatThrownBy(() -> as(team.reviewer(), () -> audit.page(AuditFilter.everything(), null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(team.lead(), () -> audit.verify())).isInstanceOf(AccessDeniedException.class);
        List<AuditEntry> leads = as(team.lead(), () -> audit.page(AuditFilter.everything(), null, 500));
        assertThat(leads).isNotEmpty().allSatisfy(e -> assertThat(e.projectId()).isEqualTo(team.projectId()));
        assertThat(as(team.lead(), () -> audit.page(new AuditFilter(null, null, other.projectId(), null, null, null, null,
                null, null), null, 10))).as("another project's entries, as if there were none").isEmpty();
        List<AuditEntry> admins = RunAs.admin("admin", () -> audit.page(new AuditFilter(other.reviewer(), "annotation.",
                null, null, null, null, null, null, "another"), null, 10));
        assertThat(admins).singleElement().satisfies(e -> assertThat(e.projectId()).isEqualTo(other.projectId()));
    }

    @Test
    void theFilteredTrailDownloadsAsCsvWithFormulasNeutralised() throws Exception {
        AnnotationDetails made = note(team.reviewer(), arabNews, "dozens", "in the CSV");
        assertThat(csv(team.lead(), AuditFilter.ofTarget("annotation", made.id()))).singleElement().satisfies(r -> {
            assertThat(r.get("action")).isEqualTo("annotation.created");
            assertThat(r.get("actor")).isEqualTo(team.reviewer());
            assertThat(r.get("after")).contains("in the CSV");
        });
        // A username typed at the login form is recorded as typed: in a spreadsheet it must stay text.
        String typed = "=HYPERLINK(\"http://evil.example\")";
        // As Spring Security signs in: through a provider manager that publishes the outcome.
        var manager = new org.springframework.security.authentication.ProviderManager(signIn);
        manager.setAuthenticationEventPublisher(
                new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(publisher));
        assertThatThrownBy(() -> manager.authenticate(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(typed, "x")))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(csv("admin", new AuditFilter(typed, "login.failed", null, null, null, null, null, null, null)))
                .singleElement().satisfies(r -> assertThat(r.get("actor")).isEqualTo("'" + typed));
    }

    private List<org.apache.commons.csv.CSVRecord> csv(String user, AuditFilter filter) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.function.Supplier<Long> write = () -> {
            try {
                return audit.writeCsv(filter, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        if (user.equals("admin")) {
            RunAs.admin("admin", write);
        } else {
            as(user, write);
        }
        return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(out.toString(java.nio.charset.StandardCharsets.UTF_8))).getRecords();
    }

    private AuditEntry entry(List<AuditEntry> entries, String action, long targetId) {
        return entries.stream().filter(e -> e.action().equals(action) && e.targetId() == targetId).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + action + " on " + targetId + " in " + entries));
    }

    private static JsonNode json(String text) {
        return AuditDrafts.JSON.readTree(text);
    }

    private boolean postgres() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).equals("PostgreSQL");
    }

    /** As the table's owner could: the trigger off while the entries are edited, then on again. */
    private void withTriggerOff(Runnable work) {
        if (postgres()) {
            jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_delete");
        }
        try {
            work.run();
        } finally {
            if (postgres()) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_delete");
            }
        }
    }

    /** As the tables' owner could: the triggers of the entries and of the head off while they are edited, then on again. */
    private void asOwner(Runnable work) {
        if (postgres()) {
            jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_delete");
            jdbc.execute("alter table audit_head disable trigger audit_head_forward_only");
        }
        try {
            work.run();
        } finally {
            if (postgres()) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_delete");
                jdbc.execute("alter table audit_head enable trigger audit_head_forward_only");
            }
        }
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("""
                insert into audit_entry (seq, occurred_at, actor, via, action, project_id, article_id, target_type,
                  target_id, before_json, after_json, client_address, prev_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("seq"), row.get("occurred_at"),
                row.get("actor"), row.get("via"), row.get("action"), row.get("project_id"), row.get("article_id"),
                row.get("target_type"), row.get("target_id"), row.get("before_json"), row.get("after_json"),
                row.get("client_address"), row.get("prev_hash"), row.get("entry_hash"));
    }
}
