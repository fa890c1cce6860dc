package org.crosscheck.approval;

import org.crosscheck.base.LiveChange;

import java.util.ArrayList;
import java.util.List;

/** What the approval feature tells listeners (audit, live updates) after each decision. */
public final class ApprovalEvents {

    private ApprovalEvents() {
    }

    /**
     * A checker decided on an annotation or a contradiction. The audit files it under the thing
     * checked ({@code annotation.checked}), so its history shows the decision; {@code articleId} is
     * the annotation's article (null for a contradiction), {@code articleIds} every article whose
     * readers should hear of it; {@code curated} when a lead took or left it while curating
     * independent marks (one of many decisions at once, which notify nobody one by one).
     */
    public record ItemChecked(long projectId, Long articleId, List<Long> articleIds, String subjectType, long subjectId,
                              long version, Outcome outcomeBefore, Outcome outcomeAfter, String comment, Long authorId,
                              String kindName, long byUserId, boolean curated) implements LiveChange {

        @Override
        public String action() {
            return "checked";
        }

        @Override
        public List<String> topics() {
            List<String> topics = new ArrayList<>();
            topics.add(LiveChange.project(projectId));
            articleIds.forEach(a -> topics.add(LiveChange.article(a)));
            return topics;
        }

        @Override
        public String done() {
            String name = kindName.toLowerCase(java.util.Locale.ROOT);
            return outcomeAfter.verb() + ("aeiou".indexOf(name.isEmpty() ? 'x' : name.charAt(0)) >= 0 ? " an " : " a ")
                    + name;
        }
    }
}
