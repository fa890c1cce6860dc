package org.crosscheck.account;

import java.util.Set;

/**
 * A person as an identity provider vouches for them at sign-in: who issued the claim, the
 * provider's stable id of the person, what they would like to be called, and their groups, or null
 * when the provider said nothing of groups (no claim at all is not "in no group").
 */
public record ProviderIdentity(String issuer, String subject, String preferredUsername, String name, String email,
                               Set<String> groups) {

    public ProviderIdentity {
        groups = groups == null ? null : Set.copyOf(groups);
    }

    public boolean groupsKnown() {
        return groups != null;
    }
}
