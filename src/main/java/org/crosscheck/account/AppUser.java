package org.crosscheck.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** A person who signs in. The table is not called "user": that word is reserved in PostgreSQL. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "global_role", nullable = false, length = 16)
    private GlobalRole globalRole;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 320)
    private String email;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "project_creator", nullable = false)
    private boolean projectCreator;

    /** The issuer of the identity provider that vouches for this account; null for a local account. */
    @Column(name = "sso_issuer", length = 500)
    private String ssoIssuer;

    /** The provider's stable id of the person (the "sub" claim). */
    @Column(name = "sso_subject", length = 255)
    private String ssoSubject;

    /** The interface language chosen on the Account page (en, de); null follows the browser. */
    @Column(length = 16)
    private String language;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, GlobalRole globalRole, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.globalRole = globalRole;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public GlobalRole getGlobalRole() {
        return globalRole;
    }

    public boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getEmail() {
        return email;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    boolean isProjectCreator() {
        return projectCreator;
    }

    void setDetails(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setGlobalRole(GlobalRole role) {
        this.globalRole = role;
    }

    void setProjectCreator(boolean projectCreator) {
        this.projectCreator = projectCreator;
    }

    /** A new password hash; {@code mustChange}: the user has to choose their own at the next sign-in. */
    void setPassword(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    String getSsoIssuer() {
        return ssoIssuer;
    }

    String getSsoSubject() {
        return ssoSubject;
    }

    boolean isSingleSignOn() {
        return ssoSubject != null;
    }

    void linkSingleSignOn(String issuer, String subject) {
        this.ssoIssuer = issuer;
        this.ssoSubject = subject;
    }

    void signedIn(Instant at) {
        this.lastLoginAt = at;
    }
}
