package org.kinopanorama.similarity;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The rebuilds that changes ask for, carried out one at a time on a thread of their own, off the thread that
 * committed the change. Changes queued while a rebuild runs are taken together by the next one.
 */
final class RebuildQueue {

    private final BiConsumer<Set<Long>, String> rebuild;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "similarity-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Set<Long> films = new HashSet<>();
    private final Set<String> causes = new LinkedHashSet<>();
    private boolean draining;

    /** {@code rebuild} receives the films of every change queued since its last call, and their causes. */
    RebuildQueue(BiConsumer<Set<Long>, String> rebuild) {
        this.rebuild = rebuild;
    }

    synchronized void add(Set<Long> changed, String cause) {
        films.addAll(changed);
        causes.add(cause);
        if (!draining) {
            draining = true;
            runner.execute(this::drain);
        }
    }

    /** Films waiting for a rebuild that has not started yet. */
    synchronized int waiting() {
        return films.size();
    }

    synchronized boolean idle() {
        return !draining;
    }

    void stop() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        while (true) {
            Set<Long> batch;
            String why;
            synchronized (this) {
                if (films.isEmpty()) {
                    draining = false;
                    return;
                }
                batch = Set.copyOf(films);
                why = String.join(", ", causes);
                films.clear();
                causes.clear();
            }
            try {
                rebuild.accept(batch, why);
            } catch (RuntimeException | Error e) {
                // the films stay owed in the database; the schedule takes them
                org.jboss.logging.Logger.getLogger(RebuildQueue.class).error("Queued rebuild failed", e);
            }
        }
    }
}
