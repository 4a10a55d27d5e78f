package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/**
 * A measurement, not a timing assertion: the longest gap between two FX pulses during a whole login
 * against a fake server that waits 300 ms before every answer. Prints {@code fx-max-stall-ms=N}. Run alone
 * (the build's one-class-at-a-time execution, default JIT), so that the figure is the app's, not the other test JVMs'.
 */
@Tag("measured-alone")
class FxThreadStallTest extends WizardRobot {

    @Test
    void measuresTheLongestFxThreadStallDuringALogin() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults().withLatency(Duration.ofMillis(300)),
                new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        AtomicLong last = new AtomicLong();
        AtomicLong maxGap = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        List<String> stalls = new CopyOnWriteArrayList<>();
        AnimationTimer meter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = last.getAndSet(now);
                if (previous != 0) {
                    maxGap.accumulateAndGet(now - previous, Math::max);
                    if (now - previous > 50_000_000L) {
                        stalls.add((now - previous) / 1_000_000 + " ms on step " + bed.window().wizard().shell().currentIndex());
                    }
                }
                pulses.incrementAndGet();
            }
        };
        fx(meter::start);
        long started = System.nanoTime();
        toAuthorizeStep();
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        long total = System.nanoTime() - started;
        fx(meter::stop);
        assertThat(pulses.get()).isGreaterThan(10);
        System.out.printf("fx-max-stall-ms=%d (login with 300 ms server latency took %d ms, %d pulses)%n",
                maxGap.get() / 1_000_000, total / 1_000_000, pulses.get());
        System.out.println("fx-stalls-over-50-ms=" + stalls);
    }
}
