/**
 * The interface's words in the reviewer's language: message bundles per feature
 * ({@code i18n/<feature>.properties}, {@code i18n/<feature>_de.properties}), Vaadin's
 * {@link com.vaadin.flow.i18n.I18NProvider}, and dates and numbers in the same language.
 */
package org.crosscheck.base.i18n;
