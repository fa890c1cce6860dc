package org.crosscheck.account;

import org.crosscheck.security.ProviderSignedInUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spring Security's step after an identity provider answered: reads the person's claims (the ID
 * token, and the user-info endpoint where the provider has one) and signs them in to their account.
 */
@Component
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService claims = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final SingleSignOnProperties settings;

    ProviderSignIn(SingleSignOnAccounts accounts, SingleSignOnProperties settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = claims.loadUser(request);
        if (person.getSubject() == null || person.getSubject().length() > 255
                || person.getIssuer().toString().length() > 500) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_subject"), "subject or issuer too long");
        }
        ProviderIdentity identity = new ProviderIdentity(person.getIssuer().toString(), person.getSubject(),
                person.getPreferredUsername(), person.getFullName(),
                Boolean.FALSE.equals(person.getEmailVerified()) ? null : person.getEmail(), groups(person));
        try {
            return new ProviderSignedInUser(accounts.signIn(identity), person.getIdToken(), person.getUserInfo());
        } catch (DisabledException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), "account disabled", e);
        }
    }

    /** The groups claim as a list of names (Keycloak, Okta) or one name; null when the claim is absent. */
    private Set<String> groups(OidcUser person) {
        Object value = person.getClaims().get(settings.groupsClaim());
        if (value == null) {
            return null;
        }
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof Collection<?> many) {
            many.forEach(g -> groups.add(String.valueOf(g)));
        } else {
            groups.add(String.valueOf(value));
        }
        return groups;
    }
}
