package org.crosscheck.annotation;

import org.crosscheck.base.LiveChange;

import java.util.List;

/** What the project's kinds tell listeners: the audit records them, open readers redraw their toolbars. */
public final class KindEvents {

    private KindEvents() {
    }

    /** The topic of a project's kinds: the readers of its articles follow it. */
    public static String topic(long projectId) {
        return "kinds:" + projectId;
    }

    /** Every kind event concerns the project's viewers. */
    public sealed interface KindChange extends LiveChange permits KindDefined, KindChanged, KindDeleted {
        long kindId();

        @Override
        default String subjectType() {
            return "kind";
        }

        @Override
        default long subjectId() {
            return kindId();
        }

        @Override
        default List<String> topics() {
            return List.of(topic(projectId()));
        }
    }

    public record KindDefined(long projectId, long kindId, KindDescription after, long byUserId) implements KindChange {
        @Override
        public String action() {
            return "created";
        }

        @Override
        public String done() {
            return "defined the kind " + after.name();
        }
    }

    public record KindChanged(long projectId, long kindId, KindDescription before, KindDescription after,
                              long byUserId) implements KindChange {
        @Override
        public String action() {
            return "updated";
        }

        @Override
        public String done() {
            return "changed the kind " + after.name();
        }
    }

    public record KindDeleted(long projectId, long kindId, KindDescription before, long byUserId) implements KindChange {
        @Override
        public String action() {
            return "deleted";
        }

        @Override
        public String done() {
            return "deleted the kind " + before.name();
        }
    }
}
