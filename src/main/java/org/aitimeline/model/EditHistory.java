package org.aitimeline.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The datasets an author has made, for unlimited undo and redo while the app runs. Each step keeps the edit (for
 * its name) and the dataset values on either side of it; undo and redo only move between kept values, so they
 * cost nothing and cannot fail. Whether there are unsaved changes is whether the current value is the one last
 * saved, so undoing back to it clears the mark.
 */
public final class EditHistory {

    private record Step(Edit edit, Dataset before, Dataset after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Dataset current;
    private Dataset saved;

    /** A history starting at {@code initial}, which counts as saved (it was just read from its file). */
    public EditHistory(Dataset initial) {
        current = Objects.requireNonNull(initial, "initial");
        saved = initial;
    }

    public Dataset current() {
        return current;
    }

    /** Applies {@code edit} to the current dataset; the redo steps are dropped, as in every editor. */
    public Dataset apply(Edit edit) {
        Dataset after = edit.apply(current);
        undo.push(new Step(edit, current, after));
        redo.clear();
        current = after;
        return after;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit an undo would take back (its name goes in the menu: "Undo Edit ‘…’"). */
    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::edit);
    }

    /** The edit a redo would make again. */
    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::edit);
    }

    /** Takes back the last edit; returns the dataset before it. */
    public Dataset undo() {
        if (undo.isEmpty()) throw new IllegalStateException("nothing to undo");
        Step step = undo.pop();
        redo.push(step);
        current = step.before();
        return current;
    }

    /** Makes the last undone edit again; returns the dataset after it. */
    public Dataset redo() {
        if (redo.isEmpty()) throw new IllegalStateException("nothing to redo");
        Step step = redo.pop();
        undo.push(step);
        current = step.after();
        return current;
    }

    /** Records that the current dataset has been written to its file. */
    public void markSaved() {
        saved = current;
    }

    /** True when the current dataset is not the one last saved (or loaded). */
    public boolean hasUnsavedChanges() {
        return current != saved;
    }

    /** How many edits can be undone. */
    public int undoCount() {
        return undo.size();
    }
}
