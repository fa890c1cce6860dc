package org.crosscheck.collab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.account.UserSummary;
import org.crosscheck.collab.Change;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a view that shows articles needs to be live: a subscription to their changes and presence
 * avatars, open while the view is attached and closed when it is not.
 */
public final class LiveSubscription {

    private final LiveUpdates liveUpdates;
    private final Presence presence;
    private final Div avatars = new Div();
    private final List<Registration> registrations = new ArrayList<>();

    public LiveSubscription(LiveUpdates liveUpdates, Presence presence) {
        this.liveUpdates = liveUpdates;
        this.presence = presence;
        avatars.setId("presence");
        avatars.addClassName("presence");
    }

    /** One avatar per person present, with their name as tooltip. */
    public Div avatars() {
        return avatars;
    }

    /**
     * Keeps {@code host} live: subscribed to its current topics and present there while attached.
     * Call {@link #restart} when the host shows something else without being re-attached.
     */
    public void follow(Component host, Supplier<UserSummary> me, Supplier<List<String>> topics,
                Consumer<List<Change>> onChanges) {
        this.host = host;
        this.me = me;
        this.topics = topics;
        this.onChanges = onChanges;
        host.addAttachListener(e -> open(e.getUI()));
        host.addDetachListener(e -> close());
    }

    /** After the host navigated to other articles while attached. */
    public void restart() {
        if (host != null && host.isAttached()) {
            host.getUI().ifPresent(this::open);
        }
    }

    /**
     * Runs each time the subscription has been (re)made, with {@link #seen} then taken: the host
     * checks what it drew before against it.
     */
    public void whenOpened(Runnable action) {
        this.opened = action;
    }

    /** {@link LiveUpdates#seen} of {@code topic}, taken right after the current subscription was made. */
    public long seen(String topic) {
        return seen.getOrDefault(topic, Long.MAX_VALUE);
    }

    private Component host;
    private Runnable opened = () -> {
    };
    private final Map<String, Long> seen = new HashMap<>();
    private Supplier<UserSummary> me;
    private Supplier<List<String>> topics;
    private Consumer<List<Change>> onChanges;

    private void open(UI ui) {
        open(ui, me.get(), topics.get(), onChanges);
    }

    /** Starts listening to {@code topics} and announcing {@code me} there; any earlier subscription ends. */
    private void open(UI ui, UserSummary me, List<String> topics, Consumer<List<Change>> onChanges) {
        close();
        Presence.Person person = new Presence.Person(me.id(), me.displayName(), me.initials());
        for (String topic : topics) {
            registrations.add(liveUpdates.subscribe(topic, ui, onChanges));
            seen.put(topic, liveUpdates.seen(topic));
        }
        registrations.add(presence.join(String.join("|", topics), ui, person, people -> {
            avatars.removeAll();
            for (Presence.Person p : people) {
                Avatar avatar = new Avatar(p.name());
                avatar.setAbbreviation(p.initials());
                avatar.setTooltipEnabled(true);
                avatar.setColorIndex((int) (p.userId() % 7));
                avatar.addThemeName("xsmall");
                avatars.add(avatar);
            }
        }));
        opened.run();
    }

    private void close() {
        registrations.forEach(Registration::remove);
        registrations.clear();
        seen.clear();
    }
}
