package org.crosscheck.base;

/**
 * A change the domain made, told the same way by every feature: who did what to which thing. The
 * record that implements it carries the values before and after the change, so that an audit row,
 * a live update or a suggestion can be made from the event alone. Every write of a service
 * publishes exactly one per change it makes, in the transaction of the change.
 */
public interface DomainEvent {

    /** The user who made the change. */
    long byUserId();

    /** What kind of thing changed: "project", "member", "user", "article", "annotation", "comment", "thread", "contradiction". */
    String subjectType();

    /** The id of the thing that changed (for a member, the user's id). */
    long subjectId();

    /** What happened to it, in a word or two: "created", "updated", "deleted", "trimmed", "status-changed" … */
    String action();

    /** A change inside one project: most of them. */
    interface InProject extends DomainEvent {
        long projectId();
    }
}
