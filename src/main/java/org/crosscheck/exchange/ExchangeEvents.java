package org.crosscheck.exchange;

import org.crosscheck.base.DomainEvent;

/** What the exchange feature tells listeners (the audit trail): exports and imports, with what they held. */
public final class ExchangeEvents {

    private ExchangeEvents() {
    }

    /** An export or import concerns a whole project: its subject is the project. */
    public sealed interface ProjectExchange extends DomainEvent.InProject permits ProjectExported, ProjectImported {
        @Override
        default String subjectType() {
            return "project";
        }

        @Override
        default long subjectId() {
            return projectId();
        }
    }

    /** A project (or part of it, as the filter says) was exported. */
    public record ProjectExported(long projectId, String format, String filter, int articles, long annotations,
                                  int contradictions, long byUserId) implements ProjectExchange {
        @Override
        public String action() {
            return "exported";
        }
    }

    /** A bundle or a W3C file was imported into the project: what it brought, what was re-anchored, what was left out. */
    public record ProjectImported(long projectId, String format, int articles, long annotations, long comments,
                                  int contradictions, int reanchored, int orphans, long byUserId)
            implements ProjectExchange {
        @Override
        public String action() {
            return "imported";
        }
    }
}
