package org.crosscheck.account;

import java.util.Collection;
import java.util.Map;

/**
 * How many projects users belong to, for the administrators' list of accounts. The project feature
 * (above this one) implements it, so no query of this feature reads the membership table.
 */
public interface UserMemberships {

    /** The number of projects each of these users is a member of (a user of none is left out). */
    Map<Long, Long> projectCounts(Collection<Long> userIds);
}
