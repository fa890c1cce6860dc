package org.crosscheck.annotation;

import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.KindDraft.FieldDraft;
import org.crosscheck.annotation.KindEvents.KindChanged;
import org.crosscheck.annotation.KindEvents.KindDefined;
import org.crosscheck.annotation.KindEvents.KindDeleted;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds a project's annotations can have: the built-in ones and those its leads define. Every
 * reader of a kind gets its {@link KindDescription}; only a lead defines, changes or deletes one.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class KindService {

    /** Keys the reader already gives a meaning: the built-in kinds, C (link a contradiction), ? (help). */
    static final Set<String> RESERVED_KEYS = Set.of("q", "f", "n", "c");
    static final int MAX_KINDS = 50;
    static final int MAX_FIELDS = 30;

    private final ProjectKindRepository kinds;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KindService(ProjectKindRepository kinds, ProjectAccess access, AccountService accounts,
                ApplicationEventPublisher events, Clock clock) {
        this.kinds = kinds;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The built-in kinds, then the project's own by name. */
    public List<KindDescription> kindsOf(long projectId) {
        access.requireVisible(projectId, "project", projectId);
        return all(projectId);
    }

    /** Only the project's own kinds. */
    public List<KindDescription> projectKinds(long projectId) {
        access.requireVisible(projectId, "project", projectId);
        return kinds.findByProjectIdOrderByNameAscIdAsc(projectId).stream().map(ProjectKind::describe).toList();
    }

    List<KindDescription> all(long projectId) {
        List<KindDescription> out = new ArrayList<>(KindDescription.BUILT_IN);
        kinds.findByProjectIdOrderByNameAscIdAsc(projectId).forEach(k -> out.add(k.describe()));
        return out;
    }

    /** The kind with this id ("QUOTE", "kind-12") in the project; not found when it is another project's. */
    public KindDescription describe(long projectId, String id) {
        access.requireVisible(projectId, "project", projectId);
        return find(projectId, id).orElseThrow(() -> DomainException.onField("kind", "annotation.error.no-such-kind-api",
                Texts.abbreviate(id, 40), String.valueOf(projectId)));
    }

    Optional<KindDescription> find(long projectId, String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (KindDescription builtIn : KindDescription.BUILT_IN) {
            if (builtIn.id().equalsIgnoreCase(id)) {
                return Optional.of(builtIn);
            }
        }
        return KindDescription.projectKindId(id).flatMap(kinds::findById)
                .filter(k -> k.getProjectId() == projectId).map(ProjectKind::describe);
    }

    /** The description of a stored annotation's kind (without a permission check: its caller made one). */
    KindDescription describe(Annotation annotation) {
        if (annotation.getKind() != AnnotationKind.CUSTOM) {
            return KindDescription.of(annotation.getKind());
        }
        return kinds.findById(annotation.getKindId()).map(ProjectKind::describe)
                .orElseThrow(() -> new IllegalStateException("annotation " + annotation.getId() + " has no kind"));
    }

    @Transactional
    public KindDescription define(long projectId, KindDraft draft) {
        requireLead(projectId);
        if (kinds.findByProjectIdOrderByNameAscIdAsc(projectId).size() >= MAX_KINDS) {
            throw DomainException.of("annotation.error.too-many-kinds", MAX_KINDS);
        }
        ProjectKind kind = new ProjectKind(projectId, clock.instant());
        apply(kind, draft, List.of());
        kind = kinds.saveAndFlush(kind);
        KindDescription after = kind.describe();
        events.publishEvent(new KindDefined(projectId, kind.getId(), after, accounts.me().id()));
        return after;
    }

    /** Changes a kind read at {@code expectedVersion}; fields left out are archived, renamed ones keep their values. */
    @Transactional
    public KindDescription change(long projectId, String id, KindDraft draft, long expectedVersion) {
        requireLead(projectId);
        ProjectKind kind = load(projectId, id);
        kind.requireVersion(expectedVersion, "annotation.error.kind-changed", kind.getName());
        KindDescription before = kind.describe();
        apply(kind, draft, before.fields());
        kinds.flush();
        KindDescription after = kind.describe();
        events.publishEvent(new KindChanged(projectId, kind.getId(), before, after, accounts.me().id()));
        return after;
    }

    /** Deletes a kind no annotation has; one in use is refused (archive its fields or keep it). */
    @Transactional
    public void delete(long projectId, String id) {
        requireLead(projectId);
        ProjectKind kind = load(projectId, id);
        long used = kinds.countAnnotations(kind.getId());
        if (used > 0) {
            throw DomainException.of("annotation.error.kind-in-use", kind.getName(), used);
        }
        KindDescription before = kind.describe();
        kinds.delete(kind);
        kinds.flush();
        events.publishEvent(new KindDeleted(projectId, kind.getId(), before, accounts.me().id()));
    }

    /**
     * The project's kind for one from another instance or project (a bundle): the one of the same name,
     * with the fields and choices it lacks added, or a new one. Field keys differ between projects, so
     * the answer says which of the project's keys holds each of the other's.
     */
    @Transactional
    public AdoptedKind adopt(long projectId, KindDescription foreign) {
        requireLead(projectId);
        Optional<ProjectKind> same = kinds.findByProjectIdOrderByNameAscIdAsc(projectId).stream()
                .filter(k -> k.getName().equalsIgnoreCase(foreign.name())).findFirst();
        KindDescription local;
        if (same.isEmpty()) {
            // Archived fields too, so that the values the other project kept for them have a place here;
            // archived again at once.
            List<FieldDraft> fields = foreign.fields().stream().map(f -> new FieldDraft(null, f.label(), f.type(),
                    f.required() && !f.archived(), f.choices())).toList();
            String key = usableShortcut(projectId, foreign.shortcut());
            local = define(projectId, new KindDraft(foreign.name(), foreign.colour() == null ? KindColour.SLATE
                    : foreign.colour(), key, fields));
            if (foreign.fields().stream().anyMatch(KindField::archived)) {
                List<FieldDraft> active = local.fields().stream()
                        .filter(f -> byLabel(foreign, f.label()).map(theirs -> !theirs.archived()).orElse(true))
                        .map(FieldDraft::of).toList();
                local = change(projectId, local.id(), new KindDraft(local.name(), local.colour(), local.shortcut(), active),
                        local.version());
            }
        } else {
            local = same.get().describe();
            List<FieldDraft> fields = new ArrayList<>(local.activeFields().stream().map(FieldDraft::of).toList());
            boolean changed = false;
            for (KindField theirs : foreign.fields()) {
                Optional<KindField> ours = byLabel(local, theirs.label());
                if (ours.isEmpty()) {
                    fields.add(new FieldDraft(null, theirs.label(), theirs.type(), false, theirs.choices()));
                    changed = true;
                } else if (ours.get().type() == FieldType.CHOICE && !ours.get().choices().containsAll(theirs.choices())) {
                    Set<String> choices = new LinkedHashSet<>(ours.get().choices());
                    choices.addAll(theirs.choices());
                    fields.replaceAll(f -> f.key() != null && f.key().equals(ours.get().key()) ? new FieldDraft(f.key(),
                            f.label(), f.type(), f.required(), List.copyOf(choices)) : f);
                    changed = true;
                }
            }
            if (changed) {
                local = change(projectId, local.id(), new KindDraft(local.name(), local.colour(), local.shortcut(), fields),
                        local.version());
            }
        }
        Map<String, String> keys = new HashMap<>();
        for (KindField theirs : foreign.fields()) {
            byLabel(local, theirs.label()).ifPresent(ours -> keys.put(theirs.key(), ours.key()));
        }
        return new AdoptedKind(local, keys);
    }

    /** A kind taken over from elsewhere, and which of its keys holds each of the other kind's field keys. */
    public record AdoptedKind(KindDescription kind, Map<String, String> keys) {
        /** The values of the other kind's annotation, under this project's keys. */
        public Map<String, String> translate(Map<String, String> values) {
            Map<String, String> out = new HashMap<>();
            values.forEach((k, v) -> {
                String ours = keys.get(k);
                if (ours == null) {
                    throw DomainException.of("annotation.error.bundle-unknown-field", kind.name(),
                            Texts.abbreviate(k, 20));
                }
                if (out.put(ours, v) != null) {
                    throw DomainException.of("annotation.error.bundle-same-field", kind.name());
                }
            });
            return out;
        }
    }

    private static Optional<KindField> byLabel(KindDescription kind, String label) {
        return kind.fields().stream().filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
    }

    /** A lead of the project; anyone else outside it is told the project does not exist, as for reading. */
    private void requireLead(long projectId) {
        access.requireVisible(projectId, "project", projectId);
        access.requireLead(projectId);
    }

    private ProjectKind load(long projectId, String id) {
        return KindDescription.projectKindId(id).flatMap(kinds::findById).filter(k -> k.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("kind", KindDescription.projectKindId(id).orElse(-1L)));
    }

    private void apply(ProjectKind kind, KindDraft draft, List<KindField> before) {
        String name = Texts.optionalLine(draft.name(), 60, "The kind's name");
        if (name == null) {
            throw DomainException.onField("name", "annotation.error.kind-name-required");
        }
        if (KindDescription.BUILT_IN.stream().anyMatch(b -> b.name().equalsIgnoreCase(name))) {
            throw DomainException.onField("name", "annotation.error.kind-name-built-in", name);
        }
        boolean taken = kinds.findByProjectIdOrderByNameAscIdAsc(kind.getProjectId()).stream()
                .anyMatch(k -> !k.equals(kind) && k.getName().equalsIgnoreCase(name));
        if (taken) {
            throw DomainException.onField("name", "annotation.error.kind-name-taken", name);
        }
        if (draft.colour() == null) {
            throw DomainException.onField("colour", "annotation.error.kind-colour-required");
        }
        String shortcut = draft.shortcut() == null || draft.shortcut().isBlank() ? null
                : draft.shortcut().strip().toLowerCase(Locale.ROOT);
        if (shortcut != null) {
            if (shortcut.length() != 1 || !Character.isLetterOrDigit(shortcut.charAt(0)) || shortcut.charAt(0) > 'z') {
                throw DomainException.onField("shortcut", "annotation.error.key-invalid");
            }
            if (RESERVED_KEYS.contains(shortcut)) {
                throw DomainException.onField("shortcut", "annotation.error.key-reserved",
                        shortcut.toUpperCase(Locale.ROOT));
            }
            if (!shortcutFree(kind.getProjectId(), shortcut, kind)) {
                throw DomainException.onField("shortcut", "annotation.error.key-taken",
                        shortcut.toUpperCase(Locale.ROOT));
            }
        }
        if (draft.fields().size() > MAX_FIELDS) {
            throw DomainException.onField("fields", "annotation.error.too-many-fields", MAX_FIELDS);
        }
        List<KindField> fields = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Set<String> kept = new HashSet<>();
        for (FieldDraft d : draft.fields()) {
            String label = d.label() == null ? null : d.label().strip();
            boolean existing = d.key() != null && before.stream().anyMatch(f -> f.key().equals(d.key()));
            String key = existing ? d.key() : kind.newFieldKey();
            KindField field = new KindField(key, label, d.type(), d.required(), d.type() == FieldType.CHOICE ? d.choices()
                    : List.of(), false);
            field.problem().ifPresent(problem -> {
                throw problem;
            });
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw DomainException.onField("fields", "annotation.error.field-names-twice", label);
            }
            kept.add(key);
            fields.add(field);
        }
        for (KindField old : before) {
            if (!kept.contains(old.key())) {
                // Kept, so the annotations that hold a value for it still show it; a new field of the same name is another field.
                KindField archived = old.archive();
                fields.add(labels.add(old.label().toLowerCase(Locale.ROOT)) ? archived
                        : new KindField(archived.key(), archived.label() + " (archived)", archived.type(), false,
                        archived.choices(), true));
            }
        }
        kind.define(name, draft.colour(), shortcut, fields);
    }

    /** The other project's key for the kind, if it is a key this project can give it. */
    private String usableShortcut(long projectId, String shortcut) {
        if (shortcut == null || shortcut.length() != 1) {
            return null;
        }
        String key = shortcut.toLowerCase(Locale.ROOT);
        boolean valid = Character.isLetterOrDigit(key.charAt(0)) && key.charAt(0) <= 'z' && !RESERVED_KEYS.contains(key);
        return valid && shortcutFree(projectId, key, null) ? key : null;
    }

    private boolean shortcutFree(long projectId, String shortcut, ProjectKind except) {
        return kinds.findByProjectIdOrderByNameAscIdAsc(projectId).stream()
                .noneMatch(k -> !k.equals(except) && shortcut.equalsIgnoreCase(k.describe().shortcut()));
    }
}
