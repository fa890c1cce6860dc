package org.crosscheck.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Map;

/**
 * The principal of a session signed in through an identity provider: our account (so every page
 * and service sees the same kind of user as after a password sign-in), carrying the provider's ID
 * token, which sign-out hands back to the provider to end its session too.
 */
public class ProviderSignedInUser extends SignedInUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    public ProviderSignedInUser(SignedInUser account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account.getUsername(), "", true, account.getDisplayName(), account.getAuthorities());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** Our username, as for a password sign-in (the provider's subject is in the ID token). */
    @Override
    public String getName() {
        return getUsername();
    }
}
