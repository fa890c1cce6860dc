package org.crosscheck.account;

/** What other features need to know about a user: enough to show and to reference them. */
public record UserSummary(long id, String username, String displayName) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName());
    }

    /** Up to two initials, for avatars. */
    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && sb.length() < 2) {
                sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return sb.toString();
    }
}
