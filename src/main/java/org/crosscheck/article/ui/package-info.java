/** The project page's article list and the dialogs that import, trim and edit articles. */
package org.crosscheck.article.ui;
