package org.crosscheck.notify;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentDetails;
import org.crosscheck.annotation.CommentEvents.CommentAdded;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.approval.ApprovalEvents.ItemChecked;
import org.crosscheck.article.ArticleEvents.ArticleAssigneesChanged;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.notify.NotificationEvents.NotificationRaised;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectEvents.MemberRemoved;
import org.crosscheck.project.ProjectRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told what. Notifications are made from the events of changes, in their transaction (a
 * change and its notifications commit together), for members who may read the project only; a
 * member removed from it loses them. Everything else here is the caller's own notifications.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** How many notifications a member keeps seeing in the bell and on the page. */
    public static final int SHOWN = 50;

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final AccountService accounts;
    private final ProjectAccess access;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final CommentService comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationSettingRepository settings,
                        AccountService accounts, ProjectAccess access, ArticleService articles,
                        AnnotationService annotations, CommentService comments, ApplicationEventPublisher events,
                        Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.access = access;
        this.articles = articles;
        this.annotations = annotations;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    // ---- the caller's own ----

    @PreAuthorize("isAuthenticated()")
    public List<NotificationDetails> mine() {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(accounts.me().id(), PageRequest.of(0, SHOWN))
                .stream().map(NotificationService::details).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long unread() {
        return notifications.countByUserIdAndReadAtIsNull(accounts.me().id());
    }

    /** Marks one of the caller's notifications read and answers it; another's is not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationDetails open(long notificationId) {
        Notification n = notifications.findByIdAndUserId(notificationId, accounts.me().id())
                .orElseThrow(() -> new NotFoundException("notification", notificationId));
        n.markRead(clock.instant());
        return details(n);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(accounts.me().id(), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public MailChoice mailChoice() {
        return settings.findById(accounts.me().id()).map(NotificationSetting::getEmail).orElse(MailChoice.EACH);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MailChoice chooseMail(MailChoice choice) {
        long me = accounts.me().id();
        NotificationSetting setting = settings.findById(me).orElseGet(() -> new NotificationSetting(me));
        setting.setEmail(choice == null ? MailChoice.EACH : choice);
        return settings.save(setting).getEmail();
    }

    // ---- made from the changes, in their transaction ----

    /** A comment: those it @mentions, then the annotation's author and the thread's other writers. */
    @EventListener
    @Transactional
    public void on(CommentAdded event) {
        tell(() -> told(event));
    }

    private void told(CommentAdded event) {
        AnnotationDetails annotation = annotations.get(event.annotationId());
        String title = articles.titleOf(event.articleId());
        String actor = name(event.byUserId());
        String kind = annotation.description().builtIn() ? NotificationText.builtInKind(annotation.description().id())
                : NotificationText.projectKind(annotation.kindName());
        Map<Long, NotificationText> told = new LinkedHashMap<>();
        Map<String, UserSummary> mentioned = accounts.findActiveByUsernames(Mentions.in(event.body()));
        for (UserSummary user : mentioned.values()) {
            told.putIfAbsent(user.id(), sentence("notify.sentence.mention", actor, kind, title));
        }
        Set<Long> thread = new LinkedHashSet<>();
        if (annotation.author() != null) {
            thread.add(annotation.author().id());
        }
        comments.thread(event.annotationId()).comments().stream().map(CommentDetails::author)
                .filter(java.util.Objects::nonNull).forEach(a -> thread.add(a.id()));
        for (long user : thread) {
            told.putIfAbsent(user, sentence(annotation.author() != null && annotation.author().id() == user
                    ? "notify.sentence.reply-yours" : "notify.sentence.reply", actor, kind, title));
        }
        raise(event.projectId(), event.articleId(), event.annotationId(), NotificationReason.REPLY, event.byUserId(),
                told, mentioned.values().stream().map(UserSummary::id).toList());
    }

    /** An article assigned: its new assignees. */
    @EventListener
    @Transactional
    public void on(ArticleAssigneesChanged event) {
        tell(() -> told(event));
    }

    private void told(ArticleAssigneesChanged event) {
        List<String> added = event.after().stream().filter(u -> !event.before().contains(u)).toList();
        if (added.isEmpty()) {
            return;
        }
        NotificationText sentence = sentence("notify.sentence.assigned", name(event.byUserId()),
                articles.titleOf(event.articleId()));
        Map<Long, NotificationText> told = new LinkedHashMap<>();
        accounts.findActiveByUsernames(added).values().forEach(u -> told.put(u.id(), sentence));
        raise(event.projectId(), event.articleId(), null, NotificationReason.ASSIGNED, event.byUserId(), told, List.of());
    }

    /** A checker's decision: the author of what was checked. */
    @EventListener
    @Transactional
    public void on(ItemChecked event) {
        tell(() -> told(event));
    }

    private void told(ItemChecked event) {
        if (event.authorId() == null || event.curated()) {
            return;
        }
        Long articleId = event.articleId() != null ? event.articleId()
                : event.articleIds().isEmpty() ? null : event.articleIds().getFirst();
        String kind = kindOf(event);
        NotificationText sentence = articleId == null
                ? sentence("notify.sentence.checked." + event.outcomeAfter().name(), name(event.byUserId()), kind)
                : sentence("notify.sentence.checked-in." + event.outcomeAfter().name(), name(event.byUserId()), kind,
                articles.titleOf(articleId));
        raise(event.projectId(), articleId, "annotation".equals(event.subjectType()) ? event.subjectId() : null,
                NotificationReason.CHECKED, event.byUserId(), Map.of(event.authorId(), sentence), List.of());
    }

    /**
     * Telling is never worth the change it tells of: a notification that cannot be made (a thing
     * gone meanwhile, a name not found) is logged, and the comment or assignment is saved anyway.
     */
    private static void tell(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(NotificationService.class).warn("A notification was not made: {}", e.toString());
        }
    }

    /** Someone who leaves a project leaves what they were told about it. */
    @EventListener
    @Transactional
    public void on(MemberRemoved event) {
        notifications.deleteOfMember(event.userId(), event.projectId());
    }

    /**
     * Saves one notification per recipient who may read the project (never the one who acted) and
     * tells each one live. {@code mentions} are those whose notification says they were mentioned.
     */
    private void raise(long projectId, Long articleId, Long annotationId, NotificationReason reason, long actorId,
                       Map<Long, NotificationText> sentences, Collection<Long> mentions) {
        Map<Long, ProjectRole> members = access.rolesOf(projectId, sentences.keySet());
        List<Notification> made = new ArrayList<>();
        sentences.forEach((user, sentence) -> {
            if (user != actorId && members.containsKey(user)) {
                made.add(new Notification(user, projectId, articleId, annotationId,
                        mentions.contains(user) ? NotificationReason.MENTION : reason, actorId,
                        sentence.stored(), clock.instant()));
            }
        });
        for (Notification n : notifications.saveAll(made)) {
            events.publishEvent(new NotificationRaised(projectId, n.getUserId(), n.getId(), actorId));
        }
    }

    private String name(long userId) {
        UserSummary user = accounts.findByIds(List.of(userId)).get(userId);
        return user == null ? NotificationText.SOMEONE : user.displayName();
    }

    /**
     * A sentence to store: the names, the title and the kind are cut so that, with the key, they
     * fit the column's 400 characters.
     */
    private static NotificationText sentence(String key, String... args) {
        return NotificationText.of(key, 110, args);
    }

    /**
     * What was checked, to be named in the reader's language: a contradiction, a built-in kind (the
     * event has its English name), or a project kind by its own name.
     */
    private static String kindOf(ItemChecked event) {
        if (!"annotation".equals(event.subjectType())) {
            return NotificationText.builtInKind("CONTRADICTION");
        }
        for (KindDescription builtIn : KindDescription.BUILT_IN) {
            if (builtIn.name().equals(event.kindName())) {
                return NotificationText.builtInKind(builtIn.id());
            }
        }
        return NotificationText.projectKind(event.kindName());
    }

    static NotificationDetails details(Notification n) {
        return new NotificationDetails(n.getId(), n.getProjectId(), n.getArticleId(), n.getAnnotationId(), n.getReason(),
                n.text(), n.getCreatedAt(), n.getReadAt() != null);
    }
}
