package org.crosscheck.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.account.UserSummary;
import org.crosscheck.collab.Change;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a view that shows articles needs to be live: a subscription to their changes and a presence
 * avatar group, both opened while the view is attached and closed when it is not.
 */
final class LiveView {

    private final LiveUpdates liveUpdates;
    private final Presence presence;
    private final AvatarGroup avatars = new AvatarGroup();
    private final List<Registration> registrations = new ArrayList<>();

    LiveView(LiveUpdates liveUpdates, Presence presence) {
        this.liveUpdates = liveUpdates;
        this.presence = presence;
        avatars.setId("presence");
        avatars.setMaxItemsVisible(6);
        avatars.addClassName("presence");
    }

    AvatarGroup avatars() {
        return avatars;
    }

    /** Starts listening to {@code topics} and announcing {@code me} there; any earlier subscription ends. */
    void open(UI ui, UserSummary me, List<String> topics, Consumer<List<Change>> onChanges) {
        close();
        Presence.Person person = new Presence.Person(me.id(), me.displayName(), me.initials());
        for (String topic : topics) {
            registrations.add(liveUpdates.subscribe(topic, ui, onChanges));
        }
        registrations.add(presence.join(String.join("|", topics), ui, person, people -> avatars.setItems(
                people.stream().map(p -> {
                    AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(p.name());
                    item.setAbbreviation(p.initials());
                    return item;
                }).toList())));
    }

    void close() {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }
}
