package org.crosscheck.project;

import org.crosscheck.account.UserSummary;

public record MemberSummary(UserSummary user, ProjectRole role) {
}
