package org.mastokey.ui;

import java.util.ArrayList;
import java.util.List;

/** A {@link SecondTicker} whose seconds pass when the test says so (call {@link #advance} on the FX thread). */
public final class ManualTicker implements SecondTicker {
    private final List<Runnable> running = new ArrayList<>();

    @Override
    public Runnable start(Runnable tick) {
        running.add(tick);
        return () -> running.remove(tick);
    }

    public void advance(int seconds) {
        for (int i = 0; i < seconds; i++) {
            for (Runnable tick : List.copyOf(running)) {
                if (running.contains(tick)) {
                    tick.run();
                }
            }
        }
    }

    public int running() {
        return running.size();
    }
}
