package org.crosscheck.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On an empty installation, creates the "admin" account. Its password comes from
 * CROSSCHECK_ADMIN_PASSWORD, or is generated and printed once: it is stored only as a hash.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AccountService accounts;
    private final String configuredPassword;

    FirstAdminBootstrap(AccountService accounts, @Value("${crosscheck.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        accounts.createFirstAdmin(password).ifPresent(admin -> {
            if (generated) {
                log.warn("""

                        ==================================================================
                         Created the administrator account.
                           username: admin
                           password: {}
                         This password is shown only this once. Set CROSSCHECK_ADMIN_PASSWORD
                         before the first start to choose it yourself.
                        ==================================================================""", password);
            } else {
                log.info("Created the administrator account 'admin' with the password from CROSSCHECK_ADMIN_PASSWORD");
            }
        });
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
