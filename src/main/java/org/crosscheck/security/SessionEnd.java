package org.crosscheck.security;

/**
 * Why a session ends, written into it just before it is invalidated, so that the audit trail can
 * tell a sign-out (audited as such) and a disabled account from a session that simply expired.
 */
public final class SessionEnd {

    public static final String REASON = "crosscheck.session-end";
    public static final String SIGNED_OUT = "signed-out";
    public static final String ACCOUNT_DISABLED = "account-disabled";

    private SessionEnd() {
    }
}
