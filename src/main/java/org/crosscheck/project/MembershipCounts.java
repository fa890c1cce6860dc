package org.crosscheck.project;

import org.crosscheck.account.UserMemberships;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The project feature's answer to how many projects users belong to. */
@Component
@Transactional(readOnly = true)
class MembershipCounts implements UserMemberships {

    private final MembershipRepository memberships;

    MembershipCounts(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public Map<Long, Long> projectCounts(Collection<Long> userIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!userIds.isEmpty()) {
            memberships.projectCounts(userIds).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }
}
