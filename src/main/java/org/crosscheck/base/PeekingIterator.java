package org.crosscheck.base;

import java.util.Iterator;

/** An iterator that can look at its next element without taking it: for merging streams read in one order. */
public final class PeekingIterator<T> implements Iterator<T> {

    private final Iterator<T> source;
    private T next;
    private boolean peeked;

    public PeekingIterator(Iterator<T> source) {
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        return peeked || source.hasNext();
    }

    /** The element {@link #next} would return, left in place (NoSuchElementException at the end, as next). */
    public T peek() {
        if (!peeked) {
            next = source.next();
            peeked = true;
        }
        return next;
    }

    @Override
    public T next() {
        if (!peeked) {
            return source.next();
        }
        T out = next;
        next = null;
        peeked = false;
        return out;
    }
}
