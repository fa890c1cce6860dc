/**
 * Approval: checking a project's work. A lead or a member with the Checker role approves each
 * annotation and contradiction of an article that is ready for review, sends it back for a change
 * (with a comment that lands in the annotation's thread) or rejects it (with a reason). A decision
 * holds for what was decided on: once the thing changes it is to be checked again. Exports can be
 * limited to approved work.
 */
package org.crosscheck.approval;
