package org.crosscheck.base.ui;

import java.util.List;

/**
 * The app's main menu for the signed-in user: only the pages they may open. The top of the app,
 * which knows every feature, answers (the frame cannot ask the features itself without depending on them).
 */
public interface Navigation {

    record Item(String label, String address, String id) {
    }

    List<Item> items();

    /** Components beside the menu for the signed-in user (the notification bell), made anew for each page shell. */
    default List<com.vaadin.flow.component.Component> tools() {
        return List.of();
    }
}
