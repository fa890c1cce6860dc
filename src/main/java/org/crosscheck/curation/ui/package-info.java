/** The curation screen of an article: agreement figures, the assignees' marks side by side, one decision per place. */
package org.crosscheck.curation.ui;
