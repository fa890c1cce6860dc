package org.crosscheck.notify;

import org.crosscheck.account.AccountService;
import org.crosscheck.base.PublicUrl;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.notify.NotificationEvents.NotificationRaised;
import org.crosscheck.project.ProjectAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends notifications by e-mail when the server has SMTP ({@code spring.mail.host}): each one after
 * its change commits, or once a day as a digest, as each member chose. A notification is claimed
 * in the database before it is sent, so that of several nodes exactly one sends it; the recipient
 * must still be an active member then. A message holds the sentence the bell shows and a link to it
 * in the app, nothing the recipient could not read there (no comment, no annotated text). It is
 * written in the recipient's language (the one they chose for the interface; English if none).
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MailQueue queue;
    private final AccountService accounts;
    private final ProjectAccess access;
    private final String from;
    private final String baseUrl;

    MailNotifier(ObjectProvider<JavaMailSender> mail, MailQueue queue, AccountService accounts, ProjectAccess access,
                 PublicUrl publicUrl,
                 @Value("${crosscheck.notifications.mail-from:crosscheck@localhost}") String from,
                 @Value("${server.port:8080}") int port) {
        this.mail = mail;
        this.queue = queue;
        this.accounts = accounts;
        this.access = access;
        this.from = from;
        this.baseUrl = publicUrl.configured().orElse("http://localhost:" + port);
    }

    /** After the change committed, off the request's thread: a slow mail server never slows a save. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(NotificationRaised event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Thread.ofVirtual().name("crosscheck-mail").start(() -> {
            // A bulk assignment raises many at once: a few go out together, the rest wait their turn.
            try {
                SENDING.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                sendEach(sender, event);
            } finally {
                SENDING.release();
            }
        });
    }

    private static final java.util.concurrent.Semaphore SENDING = new java.util.concurrent.Semaphore(4);

    private void sendEach(JavaMailSender sender, NotificationRaised event) {
        try {
            Notification n = queue.claimEach(event.userId(), event.notificationId()).orElse(null);
            if (n == null || !mayStillRead(n)) {
                return;
            }
            String to = accounts.mailAddresses(Set.of(n.getUserId())).get(n.getUserId());
            if (to == null) {
                return;
            }
            Locale language = languagesOf(Set.of(n.getUserId())).getOrDefault(n.getUserId(), Messages.ENGLISH);
            String sentence = n.text().in(language);
            SimpleMailMessage message = message(to, Messages.text("notify.mail.subject", language, sentence));
            message.setText(Messages.text("notify.mail.text", language, sentence, link(n), footer(language)));
            sender.send(message);
            log.info("Mailed notification {} to user {}", n.getId(), n.getUserId());
        } catch (RuntimeException e) { // MailException among them: a notification that cannot go out is logged, never thrown
            log.warn("Could not mail notification {}: {}", event.notificationId(), e.toString());
        }
    }

    /** Once a day (07:00 by default): one message per member who chose a digest, with what they have not read. */
    @Scheduled(cron = "${crosscheck.notifications.digest-cron:0 0 7 * * *}")
    void digest() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Map<Long, List<Notification>> byUser = queue.claimDigest();
        Map<Long, String> addresses = accounts.mailAddresses(byUser.keySet());
        Map<Long, Locale> languages = languagesOf(byUser.keySet());
        byUser.forEach((user, list) -> {
            List<Notification> readable = list.stream().filter(this::mayStillRead).toList();
            String to = addresses.get(user);
            if (to == null || readable.isEmpty()) {
                return;
            }
            Locale language = languages.getOrDefault(user, Messages.ENGLISH);
            StringBuilder text = new StringBuilder(Messages.text("notify.mail.digest-intro", language)).append("\n\n");
            readable.forEach(n -> text.append("- ").append(n.text().in(language)).append(".\n  ").append(link(n))
                    .append("\n"));
            text.append("\n").append(footer(language));
            SimpleMailMessage message = message(to, Messages.text("notify.mail.digest-subject", language, readable.size()));
            message.setText(text.toString());
            try {
                sender.send(message);
            } catch (org.springframework.mail.MailException e) {
                log.warn("Could not mail the digest of user {}: {}", user, e.toString());
            }
        });
    }

    private boolean mayStillRead(Notification n) {
        return access.rolesOf(n.getProjectId(), Set.of(n.getUserId())).containsKey(n.getUserId());
    }

    private SimpleMailMessage message(String to, String subject) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        // A subject is one line, whatever a title held.
        message.setSubject(subject.replaceAll("[\\r\\n\\t]+", " "));
        return message;
    }

    private String link(Notification n) {
        return baseUrl + "/" + NotificationLinks.PAGE + "/" + n.getId();
    }

    private String footer(Locale language) {
        return Messages.text("notify.mail.footer", language, baseUrl + "/" + NotificationLinks.PAGE);
    }

    /**
     * The language each recipient reads their mail in: the interface language they chose on the
     * Account page (a BCP 47 tag, "en" or "de"), English for anyone who chose none.
     */
    private Map<Long, Locale> languagesOf(Collection<Long> users) {
        Map<Long, Locale> languages = new java.util.HashMap<>();
        accounts.languages(users).forEach((user, tag) -> languages.put(user, language(tag)));
        return languages;
    }

    /** A recipient's language from its stored tag: one of ours, English when unknown or null. */
    static Locale language(String tag) {
        return Messages.supported(tag == null ? null : Locale.forLanguageTag(tag));
    }

}
