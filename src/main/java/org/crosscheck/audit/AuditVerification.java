package org.crosscheck.audit;

/**
 * The outcome of checking the chain: intact or not, how many entries were checked, and the number
 * of the first entry whose content or link does not match (or that is missing), else null.
 */
public record AuditVerification(boolean intact, long checked, Long firstBroken, String lastHash) {
}
