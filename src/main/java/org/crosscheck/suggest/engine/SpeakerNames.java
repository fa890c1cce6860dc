package org.crosscheck.suggest.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One name per person across a project: "Bachelet", "Ms. Bachelet" and "Michelle Bachelet" are all
 * "Michelle Bachelet"; "Stéphane Dujarric" and "Stephane Dujarric" are the form written more often.
 * People are matched by their folded surname, so two people of one surname in one project are merged:
 * the reviewer corrects that when accepting.
 */
final class SpeakerNames {

    private final Map<String, String> canonicalBySurname = new HashMap<>();

    SpeakerNames(List<String> names) {
        Map<String, Map<String, Integer>> fullForms = new HashMap<>();
        for (String name : names) {
            if (name != null && Speakers.isPersonName(name)) {
                fullForms.computeIfAbsent(surname(name), k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        fullForms.forEach((surname, forms) -> {
            String best = null;
            int bestCount = -1;
            for (Map.Entry<String, Integer> form : forms.entrySet()) {
                if (form.getValue() > bestCount || (form.getValue() == bestCount && form.getKey().length() > best.length())) {
                    best = form.getKey();
                    bestCount = form.getValue();
                }
            }
            canonicalBySurname.put(surname, best);
        });
    }

    String canonical(String name) {
        if (name == null) {
            return null;
        }
        String found = canonicalBySurname.get(surname(name));
        return found != null ? found : name;
    }

    static String surname(String name) {
        String n = name.strip();
        return Words.fold(n.substring(n.lastIndexOf(' ') + 1));
    }
}
