package org.crosscheck.reader.ui;

import org.crosscheck.annotation.AnnotationFields;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The caller's own last changes in one open reader, newest on top, to undo one by one (Ctrl+Z):
 * each remembers the version it left the annotation at, so an undo of something someone changed
 * since is refused rather than overwriting their change. Kept per open reader, not stored: a
 * reload starts afresh.
 */
final class UndoStack {

    /** At most this many steps are kept; the oldest go first. */
    static final int MAX = 50;

    sealed interface Step permits Created, Edited, Deleted {
        long annotationId();

        /** What the step did, as "Undid …" names it: "quote “More than 1,000”". */
        String what();

        Step moved(long annotationId, long version);
    }

    /** Made by the caller: undone by deleting it, as at {@code version}. */
    record Created(long annotationId, long version, String what) implements Step {
        @Override
        public Step moved(long id, long v) {
            return new Created(id, v, what);
        }
    }

    /** Edited by the caller from {@code before}: undone by saving {@code before} over {@code version}. */
    record Edited(long annotationId, AnnotationFields before, long version, String what) implements Step {
        @Override
        public Step moved(long id, long v) {
            return new Edited(id, before, v, what);
        }
    }

    /** Deleted by the caller: undone by restoring it from the trash. */
    record Deleted(long annotationId, String what) implements Step {
        @Override
        public Step moved(long id, long v) {
            return new Deleted(id, what);
        }
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    void push(Step step) {
        steps.push(step);
        while (steps.size() > MAX) {
            steps.removeLast();
        }
    }

    Optional<Step> pop() {
        return Optional.ofNullable(steps.poll());
    }

    /**
     * After an undo, the annotation is at a new version (and, restored from the trash, has a new
     * id): the older steps on it act on that, since it holds again what it held when they were made.
     */
    void moved(long fromId, long toId, long version) {
        Deque<Step> kept = new ArrayDeque<>();
        steps.descendingIterator().forEachRemaining(s -> kept.push(s.annotationId() == fromId ? s.moved(toId, version) : s));
        steps.clear();
        steps.addAll(kept);
    }

    /** The annotation is gone for good (someone else deleted it): nothing older on it can be undone. */
    void forget(long annotationId) {
        steps.removeIf(s -> s.annotationId() == annotationId);
    }

    int size() {
        return steps.size();
    }
}
