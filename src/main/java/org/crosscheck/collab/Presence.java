package org.crosscheck.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is looking at what right now, on this node. A view joins on attach and leaves on detach;
 * Vaadin detaches a UI when its user navigates away, logs out or the session expires, so leaving
 * needs nothing else.
 */
@Service
public class Presence {

    /** One person present, as avatars show them. */
    public record Person(long userId, String name, String initials) {
    }

    private record Visit(UI ui, Person person, Consumer<List<Person>> listener) {
    }

    private final Map<String, List<Visit>> visits = new ConcurrentHashMap<>();

    /** Joins {@code topic}; the listener hears the list of people present (once per person) whenever it changes. */
    public Registration join(String topic, UI ui, Person person, Consumer<List<Person>> listener) {
        Visit visit = new Visit(ui, person, listener);
        visits.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(visit);
        announce(topic);
        return () -> {
            List<Visit> list = visits.get(topic);
            if (list != null && list.remove(visit)) {
                announce(topic);
            }
        };
    }

    public List<Person> present(String topic) {
        Map<Long, Person> people = new LinkedHashMap<>();
        for (Visit v : visits.getOrDefault(topic, List.of())) {
            people.putIfAbsent(v.person().userId(), v.person());
        }
        List<Person> list = new ArrayList<>(people.values());
        list.sort(Comparator.comparing(Person::name));
        return list;
    }

    private void announce(String topic) {
        List<Person> people = present(topic);
        List<Visit> list = visits.getOrDefault(topic, List.of());
        for (Visit v : list) {
            try {
                v.ui().access(() -> v.listener().accept(people));
            } catch (RuntimeException gone) {
                // A UI closed without leaving (its session ended): it is not present any more.
                list.remove(v);
            }
        }
    }
}
