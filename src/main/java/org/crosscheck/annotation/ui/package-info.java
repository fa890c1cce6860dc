/** The annotation feature's own components: the annotation dialog, the annotation list and comment threads. */
package org.crosscheck.annotation.ui;
