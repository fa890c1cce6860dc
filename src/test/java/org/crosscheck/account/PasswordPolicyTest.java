package org.crosscheck.account;

import org.crosscheck.TestData;
import org.crosscheck.base.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a password must be, without Spring (issue 25): length alone is not enough. */
class PasswordPolicyTest {

    @Test
    void aRowOfSpacesOrAFewRepeatedCharactersIsRefusedNamingTheRule() {
        for (String weak : new String[]{" ".repeat(12), "\t".repeat(6) + " ".repeat(6), "abababababab",
                "a b c d e a b c d e", "zzzzz zzzzz zzzzz", "\u00a0".repeat(12)}) {
            assertThatThrownBy(() -> PasswordPolicy.check(weak, "rita")).as("'%s'", weak)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("at least 6 different characters besides spaces");
        }
    }

    @Test
    void thePasswordsTheAppAndItsTestsConfigureStillPass() {
        // The demo accounts, the configured first administrator of the tests and of the jar-based
        // tests, the tests' accounts, and a password with spaces that has enough different characters.
        for (String ok : new String[]{"demo-password", "admin-test-password", "embedded-admin-password",
                "start-benchmark-password", TestData.PASSWORD, "a first password 42", "rita's own password 7",
                "abcdef      "}) {
            assertThatCode(() -> PasswordPolicy.check(ok, "someone")).as(ok).doesNotThrowAnyException();
        }
    }
}
