/**
 * The app's top floor: the page shell ({@link org.crosscheck.app.AppShell}), the main menu and the
 * addresses of every screen, made from the view classes. It is the one package that names the
 * views of every feature; nothing depends on it.
 */
package org.crosscheck.app;
